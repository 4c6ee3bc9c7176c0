import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/core/define/textarea.js';

const meta: Meta = {
  title: 'Fields/Textarea',
  component: 'mk-textarea',
  args: {
    label: 'Feedback',
    hint: 'Constructive feedback for the observed teacher',
    value: '',
    required: false,
    readonly: false,
    disabled: false,
  },
  render: (a) =>
    html`<mk-textarea
      name="feedback"
      label=${a['label']}
      hint=${a['hint']}
      value=${a['value']}
      ?required=${a['required']}
      ?readonly=${a['readonly']}
      ?disabled=${a['disabled']}
    ></mk-textarea>`,
};
export default meta;
type Story = StoryObj;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'The lesson opened with a clear goal; pupils knew what success looked like.' } };
export const InvalidAfterSubmit: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-textarea')!;
    await el.updateComplete;
    el.reportValidity();
  },
};
export const ReadOnly: Story = { args: { value: 'Agreed in the meeting on 3 March.', readonly: true } };
export const Disabled: Story = { args: { disabled: true } };
