import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/core/define/signature.js';

const drawing = { svgPath: 'M10 40 C 30 10, 50 70, 70 30 S 110 20, 130 40', width: 160, height: 60 };

const meta: Meta = {
  title: 'Fields/Signature',
  component: 'mk-signature',
  args: { label: 'Signature of the mentor', hint: '', value: '', method: 'typed', required: false, disabled: false, readonly: false },
  argTypes: { method: { control: 'inline-radio', options: ['typed', 'drawn'] } },
  render: (args) =>
    html`<mk-signature
      name="signature"
      label=${args['label']}
      hint=${args['hint']}
      value=${args['value']}
      method=${args['method']}
      .drawing=${args['drawing']}
      ?required=${args['required']}
      ?disabled=${args['disabled']}
      ?readonly=${args['readonly']}
    ></mk-signature>`,
};
export default meta;

type Story = StoryObj;

export const Empty: Story = {};
export const Typed: Story = { args: { value: 'Anna Berg', hint: 'Type your name as it appears in your contract.' } };
export const DrawingArea: Story = { args: { method: 'drawn' } };
export const Drawn: Story = { args: { method: 'drawn', drawing } };
export const ReadOnlyDrawn: Story = { args: { method: 'drawn', drawing, readonly: true } };
export const ReadOnlyTyped: Story = { args: { value: 'Anna Berg', readonly: true } };
export const Disabled: Story = { args: { value: 'Anna Berg', disabled: true } };
export const InvalidAfterSubmit: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('mk-signature')!;
    await field.updateComplete;
    field.reportValidity();
  },
};
