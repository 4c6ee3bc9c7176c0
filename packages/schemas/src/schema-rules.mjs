// How both validation paths read a JSON Schema, so they agree: the run-time validator in the browser
// (@mentorkit/core, @cfworker/json-schema) and Ajv's precompiled validators (`mentorkit compile`, the
// package's generator). Plain JS with a .d.mts beside it: Node loads it at build time.
import { safePattern } from './safe-pattern-engine.mjs';

/** The dialects both paths read, by `$schema`. A schema without `$schema` is read as 2020-12 by both. */
export const dialects = {
  'https://json-schema.org/draft/2020-12/schema': '2020-12',
  'https://json-schema.org/draft/2019-09/schema': '2019-09',
  'http://json-schema.org/draft-07/schema': 'draft-07',
};

/**
 * The dialect both paths read a schema in: the one its `$schema` names, else 2020-12 (no `$schema`,
 * or a meta-schema of its own, which neither path loads).
 */
export function dialectOf(schema) {
  const named = schema && typeof schema === 'object' ? schema.$schema : undefined;
  if (typeof named !== 'string') return '2020-12';
  const uri = named.replace(/#$/, '').replace(/^http:\/\/json-schema\.org\/draft\/20/, 'https://json-schema.org/draft/20');
  return Object.hasOwn(dialects, uri) ? dialects[uri] : '2020-12';
}

// Keywords whose values are data, not schemas: a "pattern" inside a const or an example is not a pattern.
const dataKeywords = new Set(['const', 'enum', 'default', 'examples', 'x-ui']);
// Keywords whose values map names to schemas: a property called "pattern" is not a pattern.
const nameMaps = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);

/**
 * What neither path will validate with, each as `{ at, message }` (`at` a JSON Pointer into the schema):
 * patterns that are invalid or need backtracking (see
 * safe-pattern-engine.mjs), as `pattern` values and as `patternProperties` names.
 */
export function schemaFaults(schema) {
  const faults = [];
  // Where a node is, as a chain of keys: its JSON Pointer is written only for a fault (most schemas have none).
  const stack = [[schema, undefined, false]];
  const seen = new Set();
  while (stack.length) {
    const [node, where, names] = stack.pop();
    if (!isObject(node) || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, i) => isObject(item) && stack.push([item, { up: where, key: String(i) }, false]));
      continue;
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (names) {
        if (isObject(value)) stack.push([value, { up: where, key }, false]);
        continue;
      }
      if (key === 'pattern' && typeof value === 'string') {
        const fault = patternFault(value);
        if (fault) faults.push({ at: pointerOf({ up: where, key }), message: fault });
      } else if (key === 'patternProperties' && isObject(value)) {
        for (const name of Object.keys(value)) {
          const fault = patternFault(name);
          if (fault) faults.push({ at: pointerOf({ up: { up: where, key }, key: name }), message: fault });
        }
      }
      if (isObject(value) && !dataKeywords.has(key)) stack.push([value, { up: where, key }, nameMaps.has(key)]);
    }
  }
  return faults.reverse();
}

const isObject = (value) => value !== null && typeof value === 'object';

/** The JSON Pointer of a chain of keys from `schemaFaults`. */
function pointerOf(where) {
  let pointer = '';
  for (let at = where; at; at = at.up) pointer = `/${at.key.replace(/~/g, '~0').replace(/\//g, '~1')}${pointer}`;
  return pointer;
}

/** Why `pattern` cannot be used (not a string, not a valid pattern, or one that needs backtracking), or undefined when it can. */
export function patternFault(pattern) {
  if (typeof pattern !== 'string') return `A pattern must be a string, not ${pattern === null ? 'null' : typeof pattern}.`;
  try {
    safePattern(pattern);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
