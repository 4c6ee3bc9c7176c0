import { setOwn } from '@mentorkit/schemas/own.js';
import type { JsonSchema } from './json-schema.js';
import type { SchemaIndex } from './schema-index.js';

/** A problem found while resolving, named by where it is in the schema. */
export interface ResolveIssue {
  at: string;
  message: string;
}

/** One schema with its `$ref` and `allOf` folded in, and the `$ref` targets entered to get it. */
export interface Resolved {
  schema: JsonSchema;
  /** Schemas reached through a `$ref` on the way: a node whose targets include an ancestor's is recursive. */
  targets: JsonSchema[];
}

/** Keywords whose maps merge name by name (a name in both becomes the `allOf` of both). */
const mergedMaps = ['properties', 'patternProperties', 'dependentSchemas', '$defs'] as const;
/** Keywords an `allOf` member keeps apart from the merge: the tree reads them from `allOf` as conditions. */
const conditionKeywords = ['if', 'then', 'else'] as const;

export function isSchemaObject(value: unknown): value is JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A boolean schema as an object: `true` accepts anything, `false` nothing. */
export function asSchema(value: unknown): JsonSchema | undefined {
  if (value === true) return {};
  if (value === false) return { not: {} };
  return isSchemaObject(value) ? value : undefined;
}

/**
 * Folds `$ref` / `$dynamicRef` (siblings win over the target, as in 2019-09 and later) and every
 * level of `allOf` (`allOf` → `$ref` → `allOf` …) into one schema a renderer can read: properties
 * and `required` merged, a property named by several members merged the same way when it is built.
 * `if`/`then`/`else` of members stay in `allOf`, as conditions. Cycles stop at the schema already on
 * the way; resolving costs time in the size of what is folded, never more.
 */
export function resolveSchema(
  raw: JsonSchema,
  at: string,
  index: SchemaIndex,
  issues: ResolveIssue[],
  scope: readonly string[] = [],
  seen: Set<JsonSchema> = new Set(),
): Resolved {
  // Most schemas of a large form fold nothing: they are their own resolved schema.
  if (raw['$ref'] === undefined && raw['$dynamicRef'] === undefined && !Array.isArray(raw.allOf) && !seen.has(raw))
    return { schema: raw, targets: [] };
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
    const target = index.resolve(ref, raw, { dynamic: keyword === '$dynamicRef', scope });
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
