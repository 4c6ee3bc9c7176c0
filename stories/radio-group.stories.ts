import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/core/define/radio-group.js';

const rag = [
  { value: 'red', label: 'Red', description: 'No evidence yet: a target for my development', symbol: 'triangle', color: '#b3261e' },
  { value: 'amber', label: 'Amber', description: 'Some evidence, not fully embedded', symbol: 'diamond', color: '#8a5300' },
  { value: 'green', label: 'Green', description: 'Consistently done, fully embedded', symbol: 'circle', color: '#1b6e3a' },
];

const meta: Meta = {
  title: 'Fields/Radio group',
  component: 'mk-radio-group',
  args: { label: 'Clear learning objectives', value: '', orientation: 'vertical', required: false, readonly: false, disabled: false },
  argTypes: { orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] } },
  render: (a) =>
    html`<mk-radio-group
      label=${a['label']}
      value=${a['value']}
      orientation=${a['orientation']}
      ?required=${a['required']}
      ?readonly=${a['readonly']}
      ?disabled=${a['disabled']}
    >
      <option value="vg">Very good</option>
      <option value="g">Good</option>
      <option value="lg">Less good</option>
    </mk-radio-group>`,
};
export default meta;
type Story = StoryObj;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'g' } };
export const Horizontal: Story = { args: { orientation: 'horizontal', value: 'vg' } };
export const RagScaleWithSymbols: Story = {
  render: () => html`<mk-radio-group label="Demonstrates professional integrity" .options=${rag} value="amber"></mk-radio-group>`,
};
export const InvalidAfterSubmit: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-radio-group')!;
    await el.updateComplete;
    el.reportValidity();
  },
};
export const ReadOnly: Story = { args: { value: 'g', readonly: true } };
export const Disabled: Story = { args: { value: 'g', disabled: true } };
