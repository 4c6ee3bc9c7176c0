import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/core/define/form.js';

const schema = {
  type: 'object',
  title: 'Peer observation',
  required: ['observer', 'observed', 'date'],
  properties: {
    observer: { type: 'string', title: 'Observer', minLength: 2 },
    observed: { type: 'string', title: 'Observed teacher', minLength: 2 },
    date: { type: 'string', format: 'date', title: 'Date' },
    subject: { type: 'string', title: 'Subject', enum: ['Mathematics', 'English', 'Science', 'History', 'Art'] },
    purpose: {
      type: 'string',
      title: 'Purpose of the observation',
      description: 'What the observed teacher asked the observer to look at',
    },
    rating: {
      title: 'Clear instructions',
      oneOf: [
        { const: 'vg', title: 'Very good' },
        { const: 'g', title: 'Good' },
        { const: 'lg', title: 'Less good' },
      ],
    },
    followUp: { type: 'boolean', title: 'A follow-up observation is needed' },
    followUpDate: { type: 'string', format: 'date', title: 'Follow-up date' },
    actions: {
      type: 'array',
      title: 'Action plan',
      items: {
        type: 'object',
        title: 'Step',
        required: ['step'],
        properties: {
          step: { type: 'string', title: 'Step for improvement' },
          when: { type: 'string', format: 'date', title: 'When' },
          done: { type: 'boolean', title: 'Done' },
        },
      },
    },
  },
};
const ui = { purpose: 'textarea', followUpDate: { showIf: { path: 'followUp', equals: true } } };
const filled = {
  observer: 'Kari Nordmann',
  observed: 'Ana Lund',
  date: '2026-11-24',
  subject: 'Science',
  purpose: 'Questioning techniques',
  rating: 'g',
  actions: [{ step: 'Use wait time after questions', when: '2026-12-05', done: false }],
};

const meta: Meta = {
  title: 'Engine/Form',
  component: 'mk-form',
  render: (a) =>
    html`<mk-form
      .schema=${a['schema'] ?? schema}
      .ui=${ui}
      .value=${a['value']}
      ?readonly=${a['readonly']}
      ?disabled=${a['disabled']}
    ></mk-form>`,
};
export default meta;
type Story = StoryObj;

export const Empty: Story = {};
export const Filled: Story = { args: { value: filled } };
export const InvalidAfterSubmit: Story = {
  args: { value: { observer: 'K' } },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('mk-form')!;
    await form.updateComplete;
    await form.submit();
  },
};
/** A stored record that no longer fits: its problems show at the fields and in the summary before any submit (docs/validation.md). */
export const LoadedWithWrongData: Story = {
  args: { value: { ...filled, observer: 'K', date: '2026-02-30' } },
  parameters: {
    docs: {
      description: {
        story:
          'A loaded record with wrong data shows its problems as soon as the form has painted, at the fields and in the summary (which does not take the focus); a record that is only incomplete shows nothing until a submit.',
      },
    },
  },
};
/** A problem in the part a `showIf` hint hides: the summary says where it is and links to the answer that shows it. */
export const ProblemInHiddenPart: Story = {
  args: { value: { ...filled, followUp: false, followUpDate: '2026-13-45' } },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('mk-form')!;
    await form.updateComplete;
    await form.submit();
  },
  parameters: {
    docs: {
      description: {
        story:
          'The follow-up date shows only while "A follow-up observation is needed" is ticked; what was written in it stays in the record, so its problem still blocks the submit. Its summary item says it is hidden and by which answer, and its link leads to that answer.',
      },
    },
  },
};
export const ReadOnly: Story = { args: { value: filled, readonly: true } };
export const Disabled: Story = { args: { value: filled, disabled: true } };
export const InvalidSchema: Story = {
  args: { schema: { type: 'object', properties: { observer: { type: 'strnig' }, date: { $ref: '#/$defs/missing' } } } },
};
export const Autosave: Story = {
  render: () => html`<mk-form autosave="storybook-autosave-demo" .schema=${schema} .ui=${ui}></mk-form>`,
  parameters: {
    docs: { description: { story: 'Type, then reload the page: the draft comes back with a notice and a way to discard it.' } },
  },
};
