import type { JsonSchema, LocalisedText } from '@mentorkit/core';
import type { Kind } from '@mentorkit/schemas';
import { joined, terms } from '../l10n/terms.js';

/** Helpers that build the form schemas the document elements render (not the exchange schemas). */

/** A property the record must carry but nobody edits: filled from its default, never shown. */
export function fixed(value: unknown): JsonSchema {
  return { const: value, default: value, 'x-ui': { hidden: true } };
}

/** The envelope every record carries: schema version, kind and the template it was made from. */
export function envelope(kind: Kind, template: { id: string; version: string }): Record<string, JsonSchema> {
  return {
    schemaVersion: fixed(1),
    kind: fixed(kind),
    template: { type: 'object', default: { id: template.id, version: template.version }, 'x-ui': { hidden: true } },
  };
}

export function text(title: LocalisedText, extra: JsonSchema = {}): JsonSchema {
  return { type: 'string', title, ...extra };
}

export function longText(title: LocalisedText, extra: JsonSchema = {}): JsonSchema {
  return { type: 'string', title, 'x-ui': { widget: 'textarea' }, ...extra };
}

export function date(title: LocalisedText, extra: JsonSchema = {}): JsonSchema {
  return { type: 'string', format: 'date', title, ...extra };
}

/**
 * The properties of the common schema's `person` that a document does not edit (a host system's id, a role,
 * an email …): declared hidden, so a record's values are kept as they are and not shown as extra entries.
 * A document's own fields for any of them replace these.
 */
export const personKept: Readonly<Record<string, JsonSchema>> = Object.fromEntries(
  ['id', 'role', 'email', 'position', 'organisation', 'extensions'].map((key) => [key, { 'x-ui': { hidden: true } }]),
);

/** A person, edited by name (the other properties a record may hold are kept as they are). */
export function person(title: LocalisedText, required: boolean): JsonSchema {
  return { type: 'object', title, required: required ? ['name'] : [], properties: { ...personKept, name: text(title, { minLength: 1 }) } };
}

/** Text written by one person (feedback, a reflection): `{ text, author?, date? }`. */
export function authoredText(title: LocalisedText, help?: LocalisedText): JsonSchema {
  return { type: 'object', title, properties: { text: longText(title, help ? { description: help } : {}) } };
}

/** A rating on a scale: one of the scale's levels, with its label, description and shape. */
export function rating(
  title: LocalisedText,
  levels: { id: string; label: LocalisedText; description?: LocalisedText; symbol?: string; color?: string }[],
): JsonSchema {
  return {
    title,
    type: 'string',
    oneOf: levels.map((level) => ({
      const: level.id,
      title: level.label,
      ...(level.description ? { description: level.description } : {}),
      ...(level.symbol ? { 'x-symbol': level.symbol } : {}),
      ...(level.color ? { 'x-color': level.color } : {}),
    })),
    'x-ui': { widget: 'scale', labelHidden: true },
  };
}

export { joined, terms };
