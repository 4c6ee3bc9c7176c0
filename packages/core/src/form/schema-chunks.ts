import { schemaNeeds } from '../schema/schema-needs.js';
import { hasPatternEngine, loadPatternEngine } from '../validation/pattern-engine.js';
import { lazyModule } from '../widgets/lazy.js';

/** A light date field's code (date-field/date-parts.ts): the template, and dates read and written in the page's language. */
export const dateParts = lazyModule(() => import('../date-field/date-parts.js'));

/**
 * Loads the engine code that `schema` and `ui` need and that is a chunk of its own (the pattern engine,
 * the date fields: see schema/schema-needs.ts); undefined when all of it is there. `<mk-form>` waits for
 * it before each update, so it builds no field tree, renders and checks nothing without it (its
 * `updateComplete` includes the wait, and with no tree yet it submits nothing). A chunk that cannot be
 * fetched lets the update go on: a pattern then shows as a schema error, a date field as loading.
 */
export function loadSchemaChunks(schema: unknown, ui: unknown): Promise<unknown> | undefined {
  if (schema === undefined) return undefined;
  const needs = schemaNeeds(schema, ui);
  const loads: Promise<unknown>[] = [];
  if (needs.patterns && !hasPatternEngine()) loads.push(loadPatternEngine());
  if (needs.dates && !dateParts.loaded) loads.push(dateParts.load());
  return loads.length ? Promise.all(loads) : undefined;
}
