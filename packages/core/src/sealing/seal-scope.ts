// What a seal covers in a form: the pointers it makes read-only, and the names of what it locks and of what is
// still empty there (for the confirmation), read from the form's JSON Schema.
import { localise } from '../l10n/catalogue.js';
import type { JsonSchema } from '../schema/json-schema.js';
import { escapeToken, getAt, parsePointer } from '../store/pointer.js';

/** Record members that are not content: never locked, never listed. */
const envelope = new Set([
  'schemaVersion',
  'kind',
  'id',
  'template',
  'lang',
  'createdAt',
  'updatedAt',
  'status',
  'signatures',
  'extensions',
]);

function propertiesOf(schema: JsonSchema | undefined): Record<string, JsonSchema> {
  return schema?.properties && typeof schema.properties === 'object' ? schema.properties : {};
}

function schemaAt(schema: JsonSchema | undefined, pointer: string): JsonSchema | undefined {
  let at = schema;
  for (const token of parsePointer(pointer)) {
    if (!at) return undefined;
    const items = at.items;
    at = Object.hasOwn(propertiesOf(at), token) ? propertiesOf(at)[token] : items && !Array.isArray(items) ? items : undefined;
  }
  return at;
}

/**
 * The pointers a seal of `part` makes read-only: the part itself, or for a whole-record seal ('') every content
 * member of the form, with `open` parts (for example `/closing/comments`) left writable.
 */
export function lockedPointers(schema: JsonSchema | undefined, part: string, open: readonly string[] = []): string[] {
  if (part !== '') return [part];
  let pointers = Object.keys(propertiesOf(schema))
    .filter((key) => !envelope.has(key))
    .map((key) => `/${escapeToken(key)}`);
  for (const openPart of open) {
    const parent = openPart.slice(0, openPart.lastIndexOf('/'));
    if (!pointers.includes(parent)) continue;
    const siblings = Object.keys(propertiesOf(schemaAt(schema, parent))).map((key) => `${parent}/${escapeToken(key)}`);
    pointers = [...pointers.filter((p) => p !== parent), ...siblings.filter((p) => p !== openPart)];
  }
  return pointers;
}

function titleOf(schema: JsonSchema | undefined, pointer: string, lang: string): string {
  const title = schema?.title ? localise(schema.title, lang) : '';
  const last = parsePointer(pointer).pop() ?? '';
  return /^\d+$/.test(last) ? `${title} ${Number(last) + 1}`.trim() : title || last;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Titles of the fields under `pointer` that are still empty ("Feedback: Text"), in form order. */
function emptyFields(schema: JsonSchema | undefined, value: unknown, pointer: string, lang: string, trail: string[]): string[] {
  if (!schema || schema.const !== undefined || schema['x-ui']?.hidden) return [];
  const title = titleOf(schema, pointer, lang);
  const here = title ? [...trail, title] : trail;
  const properties = propertiesOf(schema);
  const keys = Object.keys(properties);
  if (keys.length && (schema.type === 'object' || schema.type === undefined)) {
    if (isEmpty(value)) return [here.join(': ')];
    return keys.flatMap((key) =>
      emptyFields(properties[key], getAt(value, `/${escapeToken(key)}`), `${pointer}/${escapeToken(key)}`, lang, here),
    );
  }
  return isEmpty(value) ? [here.join(': ')] : [];
}

/** What the confirmation says a seal of `part` locks, and which of those fields are still empty. */
export function sealScope(
  schema: JsonSchema | undefined,
  record: unknown,
  part: string,
  lang: string,
  open: readonly string[] = [],
): { locks: string[]; empty: string[] } {
  const pointers = lockedPointers(schema, part, open);
  const locks = pointers.map((p) => titleOf(schemaAt(schema, p), p, lang)).filter(Boolean);
  const empty = pointers.flatMap((p) => emptyFields(schemaAt(schema, p), getAt(record, p), p, lang, []));
  return { locks, empty };
}

/** True when the form field at `pointer` holds a group or a list rather than one value. */
export function isGroupAt(schema: JsonSchema | undefined, pointer: string): boolean {
  const at = schemaAt(schema, pointer);
  return !!at && (at.type === 'object' || at.type === 'array' || Object.keys(propertiesOf(at)).length > 0);
}
