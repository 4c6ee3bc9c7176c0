import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/core/define/number-field.js';

const meta: Meta = {
  title: 'Fields/Number field',
  component: 'mk-number-field',
  args: { label: 'Group members', value: '', min: 4, max: 8, required: false, readonly: false, disabled: false },
  render: (a) =>
    html`<mk-number-field
      label=${a['label']}
      value=${a['value']}
      min=${a['min']}
      max=${a['max']}
      integer
      ?required=${a['required']}
      ?readonly=${a['readonly']}
      ?disabled=${a['disabled']}
    ></mk-number-field>`,
};
export default meta;
type Story = StoryObj;

export const Empty: Story = {};
export const Filled: Story = { args: { value: '6' } };
export const OutOfRange: Story = {
  args: { value: '9' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-number-field')!;
    await el.updateComplete;
    el.reportValidity();
  },
};
export const ReadOnly: Story = { args: { value: '6', readonly: true } };
export const Disabled: Story = { args: { value: '6', disabled: true } };
