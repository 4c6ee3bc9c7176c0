import { requireFits } from './fits-engine.js';
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
  // The rest is in the fits chunk (fold-schema.ts), which a form loads before the tree of a schema with any of them.
  return requireFits().foldSchema(raw, at, index, issues, scope, seen);
}
