import { setOwn } from '@mentorkit/schemas/own.js';
import type { JsonSchema } from './json-schema.js';
import { asSchema, isSchemaObject, type ResolveIssue, type Resolved } from './merge-all-of.js';
import { resolveRef } from './resolve-ref.js';
import type { SchemaIndex } from './schema-index.js';

// Folding `$ref`, `$dynamicRef` and `allOf` (merge-all-of.ts `resolveSchema` hands a schema that has one here): in the
// fits chunk (fits-chunk.ts), which a form loads before it builds the tree of a schema that has any of them.

/** Keywords whose maps merge name by name (a name in both becomes the `allOf` of both). */
const mergedMaps = ['properties', 'patternProperties', 'dependentSchemas', '$defs'] as const;
/** Keywords an `allOf` member keeps apart from the merge: the tree reads them from `allOf` as conditions. */
const conditionKeywords = ['if', 'then', 'else'] as const;

/** See `resolveSchema` (merge-all-of.ts), for a schema that has a reference or an `allOf`. */
export function foldSchema(
  raw: JsonSchema,
  at: string,
  index: SchemaIndex,
  issues: ResolveIssue[],
  scope: readonly string[],
  seen: Set<JsonSchema>,
): Resolved {
  const targets: JsonSchema[] = [];
  const schema = fold(raw, at, index, issues, scope, seen, targets);
  return { schema, targets };
}

function fold(
  raw: JsonSchema,
  at: string,
  index: SchemaIndex,
  issues: ResolveIssue[],
  scope: readonly string[],
  seen: Set<JsonSchema>,
  targets: JsonSchema[],
): JsonSchema {
  if (seen.has(raw)) return {};
  seen.add(raw);
  let schema = raw;
  for (const keyword of ['$ref', '$dynamicRef'] as const) {
    const ref = schema[keyword];
    if (typeof ref !== 'string') continue;
    const target = resolveRef(index, ref, raw, { dynamic: keyword === '$dynamicRef', scope });
    const { [keyword]: _ref, ...siblings } = schema;
    if (typeof target === 'string') {
      issues.push({ at: `${at}/${keyword}`, message: target });
      schema = siblings;
      continue;
    }
    targets.push(target);
    const inner = seen.has(target) ? {} : fold(target, at, index, issues, scope, seen, targets);
    schema = merge(siblings, inner);
  }
  if (Array.isArray(schema.allOf)) {
    const { allOf, ...rest } = schema;
    let merged: JsonSchema = rest;
    allOf.forEach((member, i) => {
      const part = asSchema(member);
      if (!part) {
        issues.push({ at: `${at}/allOf/${i}`, message: 'Expected a schema object here.' });
        return;
      }
      merged = merge(merged, fold(part, `${at}/allOf/${i}`, index, issues, scope, seen, targets));
    });
    schema = merged;
  }
  seen.delete(raw);
  return schema;
}

/** `outer` with `inner` folded in; `outer`'s own keywords win, maps and `required` are merged. */
function merge(outer: JsonSchema, inner: JsonSchema): JsonSchema {
  const { allOf: innerConditions, ...innerRest } = inner;
  const { allOf: outerConditions, ...outerRest } = outer;
  const result: JsonSchema = { ...innerRest, ...outerRest };
  for (const keyword of mergedMaps) {
    const a = outer[keyword] as Record<string, JsonSchema> | undefined;
    const b = inner[keyword] as Record<string, JsonSchema> | undefined;
    if (!isSchemaObject(a) || !isSchemaObject(b)) continue;
    const map: Record<string, JsonSchema> = { ...b };
    for (const [name, schema] of Object.entries(a)) setOwn(map, name, Object.hasOwn(b, name) ? { allOf: [b[name]!, schema] } : schema);
    result[keyword] = map;
  }
  if (Array.isArray(outer.required) || Array.isArray(inner.required)) {
    result.required = [...new Set([...(inner.required ?? []), ...(outer.required ?? [])])];
  }
  if (isSchemaObject(outer.dependentRequired) && isSchemaObject(inner.dependentRequired)) {
    result['dependentRequired'] = { ...inner.dependentRequired, ...outer.dependentRequired };
  }
  // Conditions of both sides stay, as separate members: each is shown and hidden on its own.
  const conditions = [
    ...(Array.isArray(innerConditions) ? innerConditions : []),
    ...(Array.isArray(outerConditions) ? outerConditions : []),
  ];
  for (const side of [inner, outer]) {
    if (side.if === undefined || side === outer) continue;
    conditions.push(Object.fromEntries(conditionKeywords.filter((k) => side[k] !== undefined).map((k) => [k, side[k]])) as JsonSchema);
    for (const k of conditionKeywords) if (outer[k] === undefined) delete result[k];
  }
  if (conditions.length) result.allOf = conditions;
  return result;
}
