import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/core/define/select.js';

const meta: Meta = {
  title: 'Fields/Select',
  component: 'mk-select',
  args: { label: 'Subject', value: '', required: false, disabled: false },
  render: (a) =>
    html`<mk-select label=${a['label']} value=${a['value']} ?required=${a['required']} ?disabled=${a['disabled']}>
      <option value="maths">Mathematics</option>
      <option value="english">English</option>
      <option value="science">Science</option>
      <option value="history">History</option>
      <option value="art">Art</option>
    </mk-select>`,
};
export default meta;
type Story = StoryObj;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'science' } };
export const InvalidAfterSubmit: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-select')!;
    await el.updateComplete;
    el.reportValidity();
  },
};
export const Disabled: Story = { args: { value: 'art', disabled: true } };
