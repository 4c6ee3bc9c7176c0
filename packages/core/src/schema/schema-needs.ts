import { hasPatternKey, readSchemaDocument } from './check-schema.js';
import type { JsonSchema } from './json-schema.js';

/**
 * What in a schema and its UI hints needs engine code that is a chunk of its own (see
 * form/schema-chunks.ts): patterns need the safe-pattern engine. The schema's patterns are found by the one
 * walk that also indexes and checks it (check-schema.ts), which the field tree then reuses; the UI hints are
 * read as plain JSON, erring on the side of loading (any key named "pattern" loads the engine).
 */
export interface SchemaNeeds {
  patterns: boolean;
}

const found = new WeakMap<object, SchemaNeeds>();

/** What `schema` (and `ui`) need, read once per object. */
export function schemaNeeds(schema: unknown, ui?: unknown): SchemaNeeds {
  const needs = isObject(schema) ? schemaNeedsOf(schema) : { patterns: false };
  return ui === undefined || needs.patterns ? needs : needsOf(ui);
}

function schemaNeedsOf(schema: object): SchemaNeeds {
  let needs = found.get(schema);
  if (!needs) found.set(schema, (needs = { patterns: readSchemaDocument(schema as JsonSchema, { ahead: true }).patterns }));
  return needs;
}

function isObject(json: unknown): json is object {
  return json !== null && typeof json === 'object' && !Array.isArray(json);
}

function needsOf(json: unknown): SchemaNeeds {
  if (json === null || typeof json !== 'object') return { patterns: false };
  let needs = found.get(json);
  if (!needs) found.set(json, (needs = { patterns: hasPatternKey(json) }));
  return needs;
}
