/**
 * What in a schema and its UI hints needs engine code that is a chunk of its own (see
 * form/schema-chunks.ts): patterns need the safe-pattern engine. A quick walk over the JSON's keys,
 * erring on the side of loading: a property named "pattern" loads the engine too, but no pattern is
 * ever missed.
 */
export interface SchemaNeeds {
  patterns: boolean;
}

const found = new WeakMap<object, SchemaNeeds>();

/** What `schema` (and `ui`) need, read once per object. */
export function schemaNeeds(schema: unknown, ui?: unknown): SchemaNeeds {
  const needs = needsOf(schema);
  return ui === undefined || needs.patterns ? needs : needsOf(ui);
}

function needsOf(json: unknown): SchemaNeeds {
  if (json === null || typeof json !== 'object') return { patterns: false };
  let needs = found.get(json);
  if (needs) return needs;
  needs = { patterns: false };
  const seen = new Set<object>();
  const stack: object[] = [json];
  while (stack.length && !needs.patterns) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' || key === 'patternProperties') needs.patterns = true;
      if (value !== null && typeof value === 'object') stack.push(value as object);
    }
  }
  found.set(json, needs);
  return needs;
}
