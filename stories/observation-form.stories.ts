import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/elements/define/observation-form.js';
import filled from '../schemas/examples/valid/respond-observation.record.json';
import { deriveTemplate, getTemplate, type ObservationTemplate } from '@mentorkit/schemas';
import { changeAfterSigning, signedBy } from './sealing.js';

const meta: Meta = {
  title: 'Documents/Observation form',
  component: 'mk-observation-form',
  args: { template: 'respond-observation', role: '', readonly: false, lang: '' },
  argTypes: { role: { control: 'inline-radio', options: ['', 'observer', 'observed'] } },
  render: (a) =>
    html`<mk-observation-form
      name="observation"
      template=${a['template']}
      user-role=${a['role']}
      .user=${a['user']}
      lang=${a['lang'] || document.documentElement.lang}
      ?fill-defaults=${a['fillDefaults']}
      .value=${a['value'] === undefined ? undefined : structuredClone(a['value'])}
      ?readonly=${a['readonly']}
    ></mk-observation-form>`,
};
export default meta;
type Story = StoryObj;

export const Empty: Story = {};
export const Filled: Story = { args: { value: filled } };
export const InvalidAfterSubmit: Story = {
  args: { fillDefaults: true, value: { information: { observer: { name: 'Anna Berg' } } } },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('mk-observation-form')!;
    await form.updateComplete;
    await form.submit();
  },
};
export const ObserverView: Story = { args: { value: filled, role: 'observer' } };
export const ObservedTeacherView: Story = { args: { value: filled, role: 'observed' } };
export const ReadOnly: Story = { args: { value: filled, readonly: true } };
export const PrintPreview: Story = {
  args: { value: filled, readonly: true },
  parameters: { docs: { description: { story: 'Use the browser’s print preview: the print stylesheet lays the form out on A4.' } } },
};
export const Norwegian: Story = { args: { lang: 'nb' } };
export const Finnish: Story = { args: { lang: 'fi' } };
export const Italian: Story = { args: { lang: 'it' } };
export const Dutch: Story = { args: { lang: 'nl' } };
/** A language the template has no text in: it falls back to English, and a note says so. */
export const UntranslatedSwedish: Story = { args: { lang: 'sv' } };
export const InvalidTemplate: Story = { args: { template: 'no-such-template' } };
export const EditablePoints: Story = {
  render: () => html`<mk-observation-form name="observation" template="respond-observation" editable-points></mk-observation-form>`,
  parameters: { docs: { description: { story: 'Before the observation a mentor adds, renames and reorders the points.' } } },
};

/** A record made with edited points: it names the derived template (own id and version, `basedOn`) and carries it. */
export const DerivedTemplate: Story = {
  args: { value: filled },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-observation-form')!;
    const origin = getTemplate('respond-observation') as ObservationTemplate;
    const points = [...origin.points, { id: 'point-5', title: 'Pupils explain their reasoning' }];
    const derived = await deriveTemplate(origin, { ...origin, points });
    const ratings = { ...filled.ratings, 'point-5': { level: 'good' } };
    const record = {
      ...structuredClone(filled),
      template: { id: derived.id, version: derived.version },
      embeddedTemplate: derived,
      ratings,
    };
    el.template = derived;
    el.value = record;
    await el.updateComplete;
  },
  parameters: { docs: { description: { story: 'A record made after a mentor added a fifth point: the template travels with it.' } } },
};

/** The observed teacher acknowledges the observation (signature control; "Sign" asks for confirmation). */
export const AcknowledgementToSign: Story = { args: { value: filled, role: 'observed', user: { name: 'Marco Rossi' } } };
export const Acknowledged: Story = {
  args: { value: filled },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-observation-form')!;
    el.value = await signedBy(filled, 'respond-observation', 'observed', 'Marco Rossi');
    await el.updateComplete;
  },
};
export const ChangedAfterAcknowledgement: Story = {
  args: { value: filled },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-observation-form')!;
    const signed = await signedBy(filled, 'respond-observation', 'observed', 'Marco Rossi');
    await changeAfterSigning(
      el,
      signed,
      (r) => ((r['feedback'] as Record<string, unknown>)['text'] = 'Feedback rewritten after the acknowledgement'),
    );
  },
};
