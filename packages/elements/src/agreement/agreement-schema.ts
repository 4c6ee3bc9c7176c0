import type { JsonSchema, LocalisedText } from '@mentorkit/core';
import type { AgreementTemplate, PartySlot } from '@mentorkit/schemas';
import type { DocumentForm } from '../document/document-element.js';
import { date, envelope, fixed, longText, personKept, text } from '../shared/form-schema.js';
import { agreementTerms as t } from './agreement-terms.js';

/** What fills a slot of each kind. */
export function partyTypeOf(slot: PartySlot): 'person' | 'group' | 'school' {
  if (slot.kind === 'group') return 'group';
  return slot.kind === 'mentorSchool' || slot.kind === 'menteeSchool' ? 'school' : 'person';
}

/** How many parties may fill a slot (the schemas' defaults: one, and no limit for mentee schools). */
export function slotBounds(slot: PartySlot): { min: number; max: number | undefined } {
  return { min: slot.minCount ?? 1, max: slot.maxCount ?? (slot.kind === 'menteeSchool' ? undefined : 1) };
}

/** True when the template asks this party to sign (every party, unless `signs: false`). */
export function signs(slot: PartySlot): boolean {
  return slot.signs !== false;
}

function personSchema(title: LocalisedText, role: string | undefined, details: boolean): JsonSchema {
  return {
    type: 'object',
    title,
    required: ['name'],
    properties: {
      ...personKept,
      name: text(t.name, { minLength: 1, maxLength: 200 }),
      ...(details ? { position: text(t.position, { maxLength: 500 }), organisation: text(t.organisation, { maxLength: 500 }) } : {}),
      ...(role ? { role: fixed(role) } : {}),
    },
  };
}

function partySchema(slot: PartySlot): JsonSchema {
  switch (partyTypeOf(slot)) {
    case 'group':
      return {
        type: 'object',
        title: slot.label,
        properties: {
          type: fixed('group'),
          group: {
            type: 'object',
            title: slot.label,
            properties: {
              name: text(t.groupName, { maxLength: 500 }),
              members: {
                type: 'array',
                title: t.members,
                // The bounds count the facilitator, who is one of the group: members alone are one fewer.
                ...(slot.minMembers !== undefined ? { minItems: Math.max(slot.minMembers - 1, 0) } : {}),
                ...(slot.maxMembers !== undefined ? { maxItems: Math.max(slot.maxMembers - 1, 1) } : {}),
                items: personSchema(t.member, 'member', false),
              },
              facilitator: personSchema(t.facilitator, 'facilitator', false),
            },
            // The facilitator is one of the group's people and is counted in its size.
            required: ['members', 'facilitator'],
          },
        },
      };
    case 'school':
      return {
        type: 'object',
        title: t.school,
        properties: {
          type: fixed('school'),
          school: {
            type: 'object',
            title: t.school,
            required: ['name', 'contact'],
            properties: {
              name: text(t.schoolName, { minLength: 1, maxLength: 300 }),
              country: text(t.country, { pattern: '^[A-Z]{2}$' }),
              contact: personSchema(t.contact, undefined, true),
            },
          },
        },
      };
    default:
      return {
        type: 'object',
        title: slot.label,
        properties: { type: fixed('person'), person: personSchema(slot.label, slot.kind, true) },
      };
  }
}

/** A new, empty party for a slot, as the record holds it. */
export function newParty(slot: PartySlot): Record<string, unknown> {
  switch (partyTypeOf(slot)) {
    case 'group':
      return {
        type: 'group',
        group: {
          members: Array.from({ length: Math.max((slot.minMembers ?? 2) - 1, 1) }, () => ({ role: 'member' })),
          facilitator: { role: 'facilitator' },
        },
      };
    case 'school':
      return { type: 'school', school: { contact: {} } };
    default:
      return { type: 'person', person: { role: slot.kind } };
  }
}

function slotSchema(slot: PartySlot): JsonSchema {
  const { min, max } = slotBounds(slot);
  return {
    type: 'array',
    title: slot.label,
    minItems: Math.max(min, 1),
    ...(max !== undefined ? { maxItems: max } : {}),
    items: partySchema(slot),
    ...(min > 0 ? { default: Array.from({ length: min }, () => newParty(slot)) } : {}),
  };
}

/** A commitment or ground rule the parties add: `{ id, text, proposedBy? }` (id and proposer set by the element). */
function customItems(title: LocalisedText, item: LocalisedText): JsonSchema {
  return {
    type: 'array',
    title,
    items: {
      type: 'object',
      title: item,
      required: ['id', 'text'],
      properties: {
        id: { type: 'string', 'x-ui': { hidden: true } },
        text: longText(item, { minLength: 1, maxLength: 2000, 'x-ui': { widget: 'textarea', rows: 2 } }),
        proposedBy: { type: 'string', 'x-ui': { hidden: true } },
        // Set by the element when the text is written (the host's user, the clock), never typed.
        author: { type: 'object', 'x-ui': { hidden: true } },
        date: { type: 'string', 'x-ui': { hidden: true } },
      },
    },
  };
}

/** Intervals offered for meetings; a template's own cadence is added when it is not among them. */
const intervals: { period: string; title: LocalisedText }[] = [
  { period: 'P1W', title: t.weekly },
  { period: 'P2W', title: t.fortnightly },
  { period: 'P1M', title: t.monthly },
  { period: 'P3M', title: t.quarterly },
];

/** True when the parties may add ground rules: the template has ground rules or allows own commitments. */
export function allowsOwnGroundRules(template: AgreementTemplate): boolean {
  return !!template.groundRules?.length || template.allowCustomCommitments;
}

/** The template's ground rules the parties fill in (those with a response label, such as "Themes for discussion"). */
export function answerableRules(template: AgreementTemplate): NonNullable<AgreementTemplate['groundRules']> {
  return (template.groundRules ?? []).filter((rule) => rule.responseLabel !== undefined);
}

/**
 * The form an agreement template describes: the parties (people, a group with members and a
 * facilitator, or schools), the parties' own commitments and ground rules when the template allows
 * them, and the meetings. Template commitments and ground rules are text, not fields. No value
 * defaults into a part a signature covers, so loading a signed record never changes what was signed.
 */
export function agreementForm(template: AgreementTemplate): DocumentForm {
  const parties: Record<string, JsonSchema> = {};
  const requiredSlots: string[] = [];
  for (const slot of template.parties) {
    parties[slot.id] = slotSchema(slot);
    if (slotBounds(slot).min > 0) requiredSlots.push(slot.id);
  }
  const cadence = template.cadence?.period;
  const offered = cadence && !intervals.some((i) => i.period === cadence) ? [...intervals, { period: cadence, title: cadence }] : intervals;
  const schema: JsonSchema = {
    type: 'object',
    required: ['parties'],
    properties: {
      ...envelope('agreement', template),
      parties: { type: 'object', title: t.parties, required: requiredSlots, properties: parties },
      ...(template.allowCustomCommitments ? { customCommitments: customItems(t.ownCommitments, t.ownCommitment) } : {}),
      ...(allowsOwnGroundRules(template) ? { additionalGroundRules: customItems(t.ownGroundRules, t.groundRule) } : {}),
      ...(answerableRules(template).length
        ? {
            groundRuleResponses: {
              type: 'object',
              title: t.groundRules,
              properties: Object.fromEntries(
                answerableRules(template).map((rule) => [rule.id, longText(rule.responseLabel!, { maxLength: 20000 })]),
              ),
            },
          }
        : {}),
      meeting: {
        type: 'object',
        title: t.meetings,
        properties: {
          period: {
            type: 'string',
            title: t.interval,
            oneOf: offered.map((i) => ({ const: i.period, title: i.title })),
            'x-ui': { widget: 'select' },
          },
          schedule: text(t.schedule, { maxLength: 500 }),
          place: text(t.place, { maxLength: 500 }),
          start: date(t.start),
          end: date(t.end),
          notes: longText(t.meetingNotes, { maxLength: 20000 }),
        },
      },
    },
  };
  return { schema, ui: {} };
}
