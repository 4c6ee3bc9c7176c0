import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/elements/define/agreement.js';
import respond from '../schemas/examples/valid/respond-agreement.record.json';
import peerGroup from '../schemas/examples/valid/peer-group-agreement.record.json';
import schools from '../schemas/examples/valid/school-to-school-agreement.record.json';

/** An example record before anyone signed. */
function unsigned(record: object): object {
  const { signatures: _signatures, status: _status, ...rest } = structuredClone(record) as Record<string, unknown>;
  return rest;
}

/** The RESPOND example signed by the mentor only (the signature's hash matches the content). */
const respondMentorSigned = { ...unsigned(respond), signatures: [respond.signatures[0]] };

const meta: Meta = {
  title: 'Documents/Agreement',
  component: 'mk-agreement',
  args: { template: 'respond-agreement', signer: '', readonly: false, lang: '' },
  argTypes: {
    template: { control: 'select', options: ['respond-agreement', 'peer-group-agreement', 'school-to-school-agreement'] },
    signer: { control: 'inline-radio', options: ['', 'mentor', 'mentee', 'group', 'mentor-school', 'mentee-schools'] },
  },
  render: (a) =>
    html`<mk-agreement
      name="agreement"
      template=${a['template']}
      signer=${a['signer']}
      lang=${a['lang'] || document.documentElement.lang}
      .value=${structuredClone(a['value'] ?? {})}
      ?readonly=${a['readonly']}
    ></mk-agreement>`,
};
export default meta;
type Story = StoryObj;

export const Draft: Story = {};
export const Filled: Story = { args: { value: unsigned(respond) } };
export const InvalidAfterSubmit: Story = {
  args: { value: { parties: { mentor: [{ type: 'person', person: { name: 'Anna Berg', role: 'mentor' } }] } } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-agreement')!;
    await el.updateComplete;
    await el.submit();
  },
};
export const PartlySigned: Story = { args: { value: respondMentorSigned } };
export const FullySignedAndLocked: Story = { args: { value: respond } };
export const ChangedAfterSigning: Story = {
  args: { value: respond },
  parameters: { docs: { description: { story: 'The host loads a signed record, then sets one whose mentee and meeting place differ.' } } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-agreement')!;
    await el.signingReady;
    const changed = structuredClone(respond);
    changed.parties.mentee[0]!.person.name = 'Mario Rossi';
    changed.meeting.place = 'Library';
    el.value = changed;
    await el.signingReady;
  },
};
export const ChangedPartsUnknown: Story = {
  args: { value: { ...structuredClone(respond), meeting: { ...respond.meeting, place: 'Library' } } },
};
export const MentorView: Story = { args: { value: unsigned(respond), signer: 'mentor' } };
export const MenteeView: Story = { args: { value: respondMentorSigned, signer: 'mentee' } };
export const PeerGroup: Story = { args: { template: 'peer-group-agreement' } };
export const PeerGroupFilled: Story = { args: { template: 'peer-group-agreement', value: unsigned(peerGroup), signer: 'group' } };
export const PeerGroupSigned: Story = { args: { template: 'peer-group-agreement', value: peerGroup } };
export const SchoolToSchool: Story = { args: { template: 'school-to-school-agreement' } };
export const MenteeSchoolsView: Story = {
  args: { template: 'school-to-school-agreement', value: unsigned(schools), signer: 'mentee-schools' },
};
export const SchoolToSchoolSigned: Story = { args: { template: 'school-to-school-agreement', value: schools } };
export const ReadOnly: Story = { args: { value: unsigned(respond), readonly: true } };
export const PrintPreview: Story = {
  args: { value: schools, template: 'school-to-school-agreement' },
  parameters: { docs: { description: { story: 'Use the browser’s print preview: the agreement prints on A4 with its signatures.' } } },
};
export const Norwegian: Story = { args: { lang: 'nb', value: respondMentorSigned } };
export const Finnish: Story = { args: { lang: 'fi', template: 'peer-group-agreement' } };
export const Italian: Story = { args: { lang: 'it', value: respond } };
export const Dutch: Story = { args: { lang: 'nl', template: 'school-to-school-agreement', value: unsigned(schools) } };
/** A language the template has no text in: it falls back to English, and a note says so. */
export const UntranslatedSwedish: Story = { args: { lang: 'sv' } };
export const InvalidTemplate: Story = { args: { template: 'no-such-template' } };
