import { hasPatternKey, readSchemaDocument } from './check-schema.js';
import type { JsonSchema } from './json-schema.js';

/**
 * What in a schema and its UI hints needs engine code that is a chunk of its own (see
 * form/schema-chunks.ts): patterns need the safe-pattern engine. The schema's patterns are found by the
 * one walk that also indexes and checks it (check-schema.ts), which the field tree then reuses; the UI hints
 * are read as plain JSON, erring on the side of loading (any key named "pattern" loads the engine).
 */
export interface SchemaNeeds {
  patterns: boolean;
}

/** What the walk of each schema found (see `SchemaDocument`), and whether each UI map has a pattern. */
const found = new WeakMap<object, { patterns: boolean; fits: boolean }>();

/** What `schema` (and `ui`) need, read once per object. */
export function schemaNeeds(schema: unknown, ui?: unknown): SchemaNeeds {
  const patterns = isObject(schema) && read(schema).patterns;
  return { patterns: patterns || (ui !== undefined && uiNeedsPatterns(ui)) };
}

/** Whether `schema` has conditions, alternatives or `propertyNames`, which need `fits` (fits-engine.ts): from the same walk. */
export function schemaNeedsFits(schema: unknown): boolean {
  return isObject(schema) && read(schema).fits;
}

function read(schema: object): { patterns: boolean; fits: boolean } {
  let flags = found.get(schema);
  if (!flags) {
    const { patterns, fits } = readSchemaDocument(schema as JsonSchema, { ahead: true });
    found.set(schema, (flags = { patterns, fits }));
  }
  return flags;
}

function isObject(json: unknown): json is object {
  return json !== null && typeof json === 'object' && !Array.isArray(json);
}

function uiNeedsPatterns(json: unknown): boolean {
  if (json === null || typeof json !== 'object') return false;
  let flags = found.get(json);
  if (!flags) found.set(json, (flags = { patterns: hasPatternKey(json), fits: false }));
  return flags.patterns;
}
