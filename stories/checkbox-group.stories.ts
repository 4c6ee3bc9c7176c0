import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/core/define/checkbox-group.js';

const meta: Meta = {
  title: 'Fields/Checkbox group',
  component: 'mk-checkbox-group',
  args: { label: 'Maps to standards', value: '', orientation: 'horizontal', required: false, disabled: false },
  render: (a) =>
    html`<mk-checkbox-group
      label=${a['label']}
      value=${a['value']}
      orientation=${a['orientation']}
      ?required=${a['required']}
      ?disabled=${a['disabled']}
    >
      <option value="TS1">Teaching standard 1</option>
      <option value="TS2">Teaching standard 2</option>
      <option value="PPC">Personal and professional conduct</option>
      <option value="MS1">Mentor standard 1</option>
    </mk-checkbox-group>`,
};
export default meta;
type Story = StoryObj;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'TS1,MS1' } };
export const InvalidAfterSubmit: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-checkbox-group')!;
    await el.updateComplete;
    el.reportValidity();
  },
};
export const Disabled: Story = { args: { value: 'PPC', disabled: true } };
