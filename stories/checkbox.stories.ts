import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/core/define/checkbox.js';

const meta: Meta = {
  title: 'Fields/Checkbox',
  component: 'mk-checkbox',
  args: { label: 'Step done', checked: false, required: false, disabled: false },
  render: (a) =>
    html`<mk-checkbox label=${a['label']} ?checked=${a['checked']} ?required=${a['required']} ?disabled=${a['disabled']}></mk-checkbox>`,
};
export default meta;
type Story = StoryObj;

export const Unchecked: Story = {};
export const Checked: Story = { args: { checked: true } };
export const InvalidAfterSubmit: Story = {
  args: { required: true, label: 'I agree to keep what is said in the group confidential' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-checkbox')!;
    await el.updateComplete;
    el.reportValidity();
  },
};
export const Disabled: Story = { args: { checked: true, disabled: true } };
