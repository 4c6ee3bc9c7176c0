import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/elements/define/agreement.js';
import respond from '../schemas/examples/valid/respond-agreement.record.json';
import peerGroup from '../schemas/examples/valid/peer-group-agreement.record.json';
import schools from '../schemas/examples/valid/school-to-school-agreement.record.json';

import { getTemplate } from '@mentorkit/schemas';
import { unsigned } from './sealing.js';

/** The peer group's own commitments before signing, written by a known user (author and date) and by an unknown one (date only). */
const peerGroupAuthored = {
  ...unsigned(peerGroup),
  customCommitments: [
    {
      id: 'own-1',
      text: 'We rotate who chooses the theme of the next meeting.',
      proposedBy: 'group',
      author: { name: 'Liisa Virtanen' },
      date: '2025-09-03',
    },
    { id: 'own-2', text: 'We start on time.', proposedBy: 'group', date: '2025-09-04' },
  ],
};

/** The peer group example signed by its first member only. */
const peerGroupPartly = { ...unsigned(peerGroup), signatures: [peerGroup.signatures[0]] };

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
      .user=${a['user']}
      lang=${a['lang'] || document.documentElement.lang}
      ?fill-defaults=${a['fillDefaults']}
      .value=${a['value'] === undefined ? undefined : structuredClone(a['value'])}
      ?readonly=${a['readonly']}
    ></mk-agreement>`,
};
export default meta;
type Story = StoryObj;

export const Draft: Story = {};
export const Filled: Story = { args: { value: unsigned(respond) } };
export const InvalidAfterSubmit: Story = {
  args: { fillDefaults: true, value: { parties: { mentor: [{ type: 'person', person: { name: 'Anna Berg', role: 'mentor' } }] } } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-agreement')!;
    await el.updateComplete;
    await el.submit();
  },
};
export const PartlySigned: Story = { args: { template: 'peer-group-agreement', value: peerGroupPartly } };
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
export const TemplateTextChanged: Story = {
  parameters: {
    docs: {
      description: { story: 'Commitment 6 was reworded under the same template version: shown at the commitment, with the signed text.' },
    },
  },
  args: { value: respond },
  render: () => {
    const template = structuredClone(getTemplate('respond-agreement')) as { commitments: { text: string }[] };
    template.commitments[5]!.text = 'Meet with the mentee when convenient';
    return html`<mk-agreement name="agreement" .template=${template} .value=${structuredClone(respond)}></mk-agreement>`;
  },
};
export const SignatureAltered: Story = {
  args: { value: { ...structuredClone(respond), signatures: [{ ...respond.signatures[0], signedAt: '2025-01-01T09:00:00Z' }] } },
};
export const MentorView: Story = { args: { value: unsigned(respond), signer: 'mentor' } };
export const MenteeView: Story = { args: { value: respond, signer: 'mentee' } };
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
export const Norwegian: Story = { args: { lang: 'nb', value: respond } };
export const Finnish: Story = { args: { lang: 'fi', template: 'peer-group-agreement' } };
export const Italian: Story = { args: { lang: 'it', value: respond } };
export const Dutch: Story = { args: { lang: 'nl', template: 'school-to-school-agreement', value: unsigned(schools) } };
/** A language the template has no text in: it falls back to English, and a note says so. */
export const UntranslatedSwedish: Story = { args: { lang: 'sv' } };
export const InvalidTemplate: Story = { args: { template: 'no-such-template' } };

/** Own commitments carry who wrote them and when: set from the host's `user` as they are written, never typed. */
export const OwnCommitmentsWithUser: Story = {
  args: { template: 'peer-group-agreement', value: peerGroupAuthored, user: { name: 'Liisa Virtanen' } },
};
/** Without a `user`, what is written is dated only. */
export const OwnCommitmentsWithoutUser: Story = { args: { template: 'peer-group-agreement', value: peerGroupAuthored } };
