// Draft-04 schemas, which older LMS and portal tools still write, read as the draft-07 schemas that mean the same:
// both validation paths (the run-time validator in @mentorkit/core, Ajv in `mentorkit compile`) and the field tree
// take a schema through `fromDraft04` first. Plain JS with a .d.mts beside it: Node loads it at build time.

const draft04 = 'http://json-schema.org/draft-04/schema';
// Where draft-04 has subschemas: maps of them, and a subschema or a list of them.
const maps = new Set(['properties', 'patternProperties', 'definitions', 'dependencies']);
const subschemas = new Set(['items', 'additionalItems', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf']);
const converted = new WeakMap();

const isMap = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The schema as both paths read it: one whose `$schema` is draft-04 becomes the draft-07 schema that means the same
 * (`id` is `$id`; `exclusiveMaximum: true` beside `maximum: 10` is `exclusiveMaximum: 10`, and likewise for the
 * minimum); any other schema is returned as given. Draft-04 and draft-07 differ in nothing else that validates. The
 * given schema is never changed; the same schema object gives the same result.
 */
export function fromDraft04(schema) {
  if (!isMap(schema) || typeof schema.$schema !== 'string' || schema.$schema.replace(/#$/, '') !== draft04) return schema;
  let result = converted.get(schema);
  if (!result) converted.set(schema, (result = { ...node(schema), $schema: 'http://json-schema.org/draft-07/schema#' }));
  return result;
}

function node(schema) {
  if (!isMap(schema)) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'id' && typeof value === 'string') out.$id = value;
    else if (maps.has(key) && isMap(value)) out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, node(sub)]));
    else if (subschemas.has(key)) out[key] = Array.isArray(value) ? value.map(node) : node(value);
    else out[key] = value;
  }
  for (const [exclusive, bound] of [
    ['exclusiveMaximum', 'maximum'],
    ['exclusiveMinimum', 'minimum'],
  ]) {
    if (typeof out[exclusive] !== 'boolean') continue;
    if (out[exclusive] && typeof out[bound] === 'number') {
      out[exclusive] = out[bound];
      delete out[bound];
    } else delete out[exclusive];
  }
  return out;
}
