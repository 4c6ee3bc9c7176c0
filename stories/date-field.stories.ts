import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/core/define/date-field.js';

const meta: Meta = {
  title: 'Fields/Date field',
  component: 'mk-date-field',
  args: { label: 'Date of observation', type: 'date', value: '', lang: 'en-GB', required: false, readonly: false, disabled: false },
  argTypes: { type: { control: 'inline-radio', options: ['date', 'date-time', 'time'] } },
  render: (a) =>
    html`<mk-date-field
      label=${a['label']}
      type=${a['type']}
      lang=${a['lang']}
      value=${a['value']}
      ?required=${a['required']}
      ?readonly=${a['readonly']}
      ?disabled=${a['disabled']}
    ></mk-date-field>`,
};
export default meta;
type Story = StoryObj;

export const Empty: Story = {};
export const Filled: Story = { args: { value: '2026-11-24' } };
export const Norwegian: Story = { args: { label: 'Observasjonsdato', value: '2026-11-24', lang: 'nb' } };
export const Finnish: Story = { args: { label: 'Havainnointipäivä', value: '2026-11-24', lang: 'fi' } };
export const Italian: Story = { args: { label: 'Data dell’osservazione', value: '2026-11-24', lang: 'it' } };
export const Dutch: Story = { args: { label: 'Datum van de observatie', value: '2026-11-24', lang: 'nl' } };
export const UsEnglish: Story = { args: { value: '2026-11-24', lang: 'en' } };
export const Time: Story = { args: { type: 'time', label: 'Time', value: '14:30' } };
export const DateTime: Story = { args: { type: 'date-time', label: 'Meeting starts' } };
export const InvalidAfterSubmit: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-date-field')!;
    await el.updateComplete;
    el.reportValidity();
  },
};
export const ReadOnly: Story = { args: { value: '2026-11-24', readonly: true } };
export const Disabled: Story = { args: { value: '2026-11-24', disabled: true } };
