import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/core/define/array.js';

const meta: Meta = {
  title: 'Fields/Array',
  component: 'mk-array',
  args: { label: 'Ground rules', itemLabel: 'Rule', items: [] as string[], disabled: false, readonly: false },
  render: (a) =>
    html`<mk-array
      label=${a['label']}
      item-label=${a['itemLabel']}
      max-items="6"
      .items=${a['items']}
      ?disabled=${a['disabled']}
      ?readonly=${a['readonly']}
    ></mk-array>`,
};
export default meta;
type Story = StoryObj;

export const Empty: Story = {};
export const Filled: Story = {
  args: { items: ['What is said in the group stays in the group', 'Everyone gets time to speak', 'We start on time'] },
};
export const ReadOnly: Story = { args: { items: ['What is said in the group stays in the group'], readonly: true } };
