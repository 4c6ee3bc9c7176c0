// Repeated subschemas, compiled once: a schema generated from a template repeats the same subschema for
// every point, criterion or field (2,000 identical point schemas in a 2,000-point observation). Ajv
// compiles each copy into code of its own, so the validator grows with the repetition; with every copy
// replaced by a `$ref` to one definition, and Ajv's `inlineRefs: false`, it compiles that definition
// into one function that every copy calls.
import { subschemaArrays, subschemaMaps, subschemaSingles } from './schema-keywords.mjs';

/**
 * Keywords whose subschemas apply to a child of the instance (a property, an item): a subschema there
 * can stand behind a `$ref` without changing what its parent evaluates (`unevaluated*` look at
 * subschemas at the parent's own location). Only subschemas here are shared.
 */
const childKeywords = new Set([
  'properties',
  'patternProperties',
  'additionalProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
]);
/**
 * Alternatives are left as they are, with everything below them: an error's `schemaPath` under a failed
 * `anyOf`/`oneOf` tells which errors belong to its branches (see src/errors.ts).
 */
const alternatives = new Set(['anyOf', 'oneOf']);
/** Keywords that make a subschema a resource of its own or a target by name: such a subschema stays where it is. */
const located = ['$id', '$anchor', '$dynamicAnchor', '$recursiveAnchor'];
const dynamic = /"\$(?:dynamicRef|recursiveRef|dynamicAnchor|recursiveAnchor)"\s*:/;

const isObject = (value) => !!value && typeof value === 'object' && !Array.isArray(value);

/** The subschemas directly below `schema`: [keyword, location tokens, subschema]. */
function children(schema) {
  const result = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (alternatives.has(keyword)) continue;
    if (subschemaMaps.includes(keyword) && isObject(value)) {
      for (const [name, sub] of Object.entries(value)) if (isObject(sub)) result.push([keyword, [keyword, name], sub]);
    } else if (subschemaArrays.includes(keyword) && Array.isArray(value)) {
      value.forEach((sub, i) => isObject(sub) && result.push([keyword, [keyword, String(i)], sub]));
    } else if (subschemaSingles.includes(keyword) && isObject(value)) result.push([keyword, [keyword], value]);
  }
  return result;
}

/** The same JSON for the same schema, whatever the order of its keys. */
function canonical(value, memo) {
  if (!value || typeof value !== 'object') return JSON.stringify(value);
  if (memo.has(value)) return memo.get(value);
  const text = Array.isArray(value)
    ? `[${value.map((item) => canonical(item, memo)).join(',')}]`
    : `{${Object.keys(value)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonical(value[key], memo)}`)
        .join(',')}}`;
  memo.set(value, text);
  return text;
}

const decode = (token) => decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');

/** Every JSON Pointer that a `$ref` in `documents` points to inside the schema whose `$id` is `id`. */
function refTargets(documents, id) {
  const targets = [];
  const visit = (value) => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value.$ref === 'string') {
      const ref = value.$ref;
      const local = ref.startsWith('#/') ? ref.slice(1) : id && ref.startsWith(`${id}#/`) ? ref.slice(id.length + 1) : null;
      if (local !== null) targets.push(local.split('/').slice(1).map(decode).join('\u0000'));
    }
    Object.values(value).forEach(visit);
  };
  documents.forEach(visit);
  return targets;
}

/**
 * The schema with every subschema that occurs more than once (the same JSON, at a place that applies to a
 * property or an item, at least `minLength` characters long) replaced by a `$ref` to one copy in `$defs`
 * (`definitions` in draft-07). What the schema accepts and where its errors point do not change: the
 * subschemas that could change meaning when moved stay where they are (those with an `$id` or `$anchor`
 * or inside one, those a `$ref` points into, everything under `anyOf`/`oneOf`), and a schema that uses
 * dynamic references is returned as it is. `references`: other schemas that may point into this one.
 */
export function shareRepeatedSubschemas(schema, { dialect = '2020-12', minLength = 20, references = [] } = {}) {
  if (!isObject(schema) || dynamic.test(JSON.stringify(schema))) return schema;
  // A draft-07 `$ref` ignores the keywords beside it; a root with one is left as it is.
  if (dialect === 'draft-07' && '$ref' in schema) return schema;
  const memo = new WeakMap();
  const targets = refTargets([schema, ...references], typeof schema.$id === 'string' ? schema.$id : undefined);
  const pointedInto = (tokens) => {
    const prefix = tokens.join('\u0000') + '\u0000';
    return targets.some((target) => target.startsWith(prefix));
  };

  // Which subschemas may move (shareable), and how often each JSON occurs at such a place.
  const shareable = new WeakSet();
  const counts = new Map();
  const hasLocated = new WeakMap();
  const survey = (node, tokens, inResource) => {
    let own = located.some((keyword) => typeof node[keyword] === 'string');
    for (const [keyword, childTokens, child] of children(node)) {
      const at = [...tokens, ...childTokens];
      const childInResource = inResource || typeof child.$id === 'string';
      own = survey(child, at, childInResource) || own;
      if (
        childKeywords.has(keyword) &&
        !inResource &&
        !hasLocated.get(child) &&
        !pointedInto(at) &&
        canonical(child, memo).length >= minLength
      ) {
        shareable.add(child);
        const key = canonical(child, memo);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    hasLocated.set(node, own);
    return own;
  };
  survey(schema, [], false);
  if (![...counts.values()].some((n) => n > 1)) return schema;

  const defsKeyword = dialect === 'draft-07' ? 'definitions' : '$defs';
  const defs = isObject(schema[defsKeyword]) ? { ...schema[defsKeyword] } : {};
  const names = new Map();
  const nameFor = () => {
    let i = names.size + 1;
    while (Object.hasOwn(defs, `shared-${i}`)) i++;
    return `shared-${i}`;
  };
  // Shareable subschemas below one copy of `node`, by JSON: what collapses into its one definition.
  const below = (node, found = new Map()) => {
    for (const [, , child] of children(node)) {
      if (shareable.has(child)) {
        const key = canonical(child, memo);
        found.set(key, (found.get(key) ?? 0) + 1);
      }
      below(child, found);
    }
    return found;
  };

  const rewrite = (node) => {
    const result = { ...node };
    for (const [keyword, childTokens, child] of children(node)) {
      const key = shareable.has(child) ? canonical(child, memo) : undefined;
      let replacement;
      if (key !== undefined && (names.has(key) || counts.get(key) > 1)) {
        if (!names.has(key)) {
          const name = nameFor();
          names.set(key, name);
          // The other copies' shareable subschemas are now in the one definition.
          for (const [inner, n] of below(child)) counts.set(inner, counts.get(inner) - (counts.get(key) - 1) * n);
          defs[name] = rewrite(child);
        }
        replacement = { $ref: `#/${defsKeyword}/${names.get(key)}` };
      } else replacement = rewrite(child);
      if (childTokens.length === 2 && Array.isArray(node[keyword])) {
        if (result[keyword] === node[keyword]) result[keyword] = [...node[keyword]];
        result[keyword][Number(childTokens[1])] = replacement;
      } else if (childTokens.length === 2) {
        if (result[keyword] === node[keyword]) result[keyword] = { ...node[keyword] };
        result[keyword][childTokens[1]] = replacement;
      } else result[keyword] = replacement;
    }
    return result;
  };
  const shared = rewrite(schema);
  if (names.size)
    shared[defsKeyword] = { ...shared[defsKeyword], ...Object.fromEntries([...names.values()].map((name) => [name, defs[name]])) };
  return shared;
}
