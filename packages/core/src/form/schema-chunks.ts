import { schemaNeeds, schemaNeedsFits } from '../schema/schema-needs.js';
import { hasFits, loadFits } from '../schema/fits-engine.js';
import { hasPatternEngine, loadPatternEngine } from '../validation/pattern-engine.js';

/**
 * Loads the engine code that `schema` and `ui` need and that is a chunk of its own (the pattern engine;
 * `fits` for conditions, alternatives and property names: see schema/schema-needs.ts); undefined when all of
 * it is there. `<mk-form>` waits for it before each update, so it builds no field tree, renders and checks
 * nothing without it (its `updateComplete` includes the wait, and with no tree yet it submits nothing), and
 * a condition's fields render with the rest of the form. A chunk that cannot be fetched lets the update go
 * on: a pattern then shows as a schema error, a condition as a render error.
 *
 * Date fields are not a chunk: most forms have one, and a chunk would cost each of them a request
 * before its first render (measured: +6 to +30 ms at 20 fields on one machine, more over a network).
 */
export function loadSchemaChunks(schema: unknown, ui: unknown): Promise<unknown> | undefined {
  if (schema === undefined || (hasPatternEngine() && hasFits())) return undefined;
  const patterns = !hasPatternEngine() && schemaNeeds(schema, ui).patterns;
  const fits = !hasFits() && schemaNeedsFits(schema);
  if (!patterns && !fits) return undefined;
  return Promise.all([patterns && loadPatternEngine(), fits && loadFits()]);
}
