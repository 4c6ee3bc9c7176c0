import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/core/define/all.js';

// Schemas of the shapes other systems send (see docs/validation.md#schemas-from-other-systems), one story per widget.
const contact = {
  type: 'object',
  title: 'Contact',
  properties: {
    name: { type: 'string', title: 'Name' },
    contact: {
      title: 'How to reach them',
      oneOf: [
        {
          title: 'Email',
          type: 'object',
          properties: { kind: { const: 'email' }, address: { type: 'string', format: 'email', title: 'Address' } },
        },
        { title: 'Telephone', type: 'object', properties: { kind: { const: 'phone' }, number: { type: 'string', title: 'Number' } } },
      ],
    },
  },
};
const consent = {
  type: 'object',
  title: 'Trip consent',
  properties: { pupil: { type: 'string', title: 'Pupil' }, medical: { type: 'boolean', title: 'Medical needs' } },
  if: { properties: { medical: { const: true } }, required: ['medical'] },
  then: { properties: { details: { type: 'string', title: 'Details of medical needs' } }, required: ['details'] },
};
const headers = {
  type: 'object',
  title: 'Headers',
  propertyNames: { pattern: '^[A-Za-z0-9-]+$' },
  additionalProperties: { type: 'string' },
};
const webhook = {
  type: 'object',
  title: 'Webhook',
  properties: { type: { type: 'string', title: 'Type' }, data: { title: 'Data' }, deletedAt: { type: 'null', title: 'Deleted at' } },
};
// A recursive schema, a tuple and a multi-line string in one form.
const place = {
  title: 'Place',
  type: 'object',
  properties: {
    name: { type: 'string', title: 'Name' },
    coordinates: {
      type: 'array',
      title: 'Coordinates',
      prefixItems: [
        { type: 'number', title: 'Longitude' },
        { type: 'number', title: 'Latitude' },
      ],
      items: false,
    },
    notes: { type: 'string', title: 'Notes' },
    parts: { type: 'array', title: 'Parts', items: { $ref: '#' } },
  },
};

const meta: Meta = {
  title: 'Engine/Form: schemas from other systems',
  component: 'mk-form',
  render: (a) => html`<mk-form .schema=${a['schema']} .value=${a['value']} no-submit></mk-form>`,
};
export default meta;
type Story = StoryObj;

export const Alternatives: Story = {
  args: { schema: contact, value: { name: 'Ola', contact: { kind: 'phone', number: '+47 555 1234' } } },
};
export const Condition: Story = { args: { schema: consent, value: { pupil: 'Noah', medical: true, details: 'Asthma inhaler' } } };
export const Map: Story = { args: { schema: headers, value: { 'Content-Type': 'application/json', 'X-Request-Id': 'abc-123' } } };
export const AnyJsonAndNull: Story = {
  args: { schema: webhook, value: { type: 'observation.signed', data: { id: 'obs_9', scores: [1, 2] }, deletedAt: null } },
};
export const RecursiveTupleMultiline: Story = {
  args: {
    schema: place,
    value: { name: 'Riverside', coordinates: [10.75, 59.91], notes: 'North gate.\nRing the bell.', parts: [{ name: 'Maths block' }] },
  },
};
