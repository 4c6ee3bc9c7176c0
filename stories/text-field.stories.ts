import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/core/define/text-field.js';

const meta: Meta = {
  title: 'Fields/Text field',
  component: 'mk-text-field',
  args: { label: 'Observed teacher', hint: '', value: '', required: false, disabled: false, readonly: false, placeholder: '' },
  render: (args) =>
    html`<mk-text-field
      name="observed"
      label=${args['label']}
      hint=${args['hint']}
      value=${args['value']}
      placeholder=${args['placeholder']}
      ?required=${args['required']}
      ?disabled=${args['disabled']}
      ?readonly=${args['readonly']}
    ></mk-text-field>`,
};
export default meta;

type Story = StoryObj;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'Kari Nordmann', hint: 'Full name as on the timetable' } };
export const Required: Story = { args: { required: true } };
export const InvalidAfterSubmit: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('mk-text-field')!;
    await field.updateComplete;
    field.reportValidity();
  },
};
export const ReadOnly: Story = { args: { value: 'Kari Nordmann', readonly: true } };
export const Disabled: Story = { args: { value: 'Kari Nordmann', disabled: true } };
