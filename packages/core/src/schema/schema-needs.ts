/**
 * What in a schema and its UI hints needs engine code that is a chunk of its own (see
 * form/schema-chunks.ts): patterns need the safe-pattern engine; date fields (and dates among the
 * values a message may quote) the date parsing and layouts. A quick walk over the JSON, erring on
 * the side of loading: a property named "pattern" loads the engine too, but no pattern is ever missed.
 */
export interface SchemaNeeds {
  patterns: boolean;
  dates: boolean;
}

const dateFormats = new Set(['date', 'date-time', 'time']);
const isoDate = /^\d{4}-\d{2}-\d{2}/;
const found = new WeakMap<object, SchemaNeeds>();

/** What `schema` (and `ui`) need, read once per object. */
export function schemaNeeds(schema: unknown, ui?: unknown): SchemaNeeds {
  const needs = needsOf(schema);
  if (ui === undefined) return needs;
  const hinted = needsOf(ui);
  return { patterns: needs.patterns || hinted.patterns, dates: needs.dates || hinted.dates };
}

function needsOf(json: unknown): SchemaNeeds {
  if (json === null || typeof json !== 'object') return { patterns: false, dates: typeof json === 'string' && isoDate.test(json) };
  let needs = found.get(json);
  if (needs) return needs;
  needs = { patterns: false, dates: false };
  const seen = new Set<object>();
  const stack: unknown[] = [json];
  while (stack.length && !(needs.patterns && needs.dates)) {
    const node = stack.pop();
    if (typeof node === 'string') {
      if (isoDate.test(node)) needs.dates = true;
      continue;
    }
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' || key === 'patternProperties') needs.patterns = true;
      if ((key === 'format' || key === 'widget') && typeof value === 'string' && dateFormats.has(value)) needs.dates = true;
      stack.push(value);
    }
  }
  found.set(json, needs);
  return needs;
}
