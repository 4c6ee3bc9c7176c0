// Where a JSON Schema (draft-07 to 2020-12) holds subschemas: by name, in an array, or one subschema.
export const subschemaMaps = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies'];
export const subschemaArrays = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
export const subschemaSingles = [
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'propertyNames',
  'contains',
  'not',
  'if',
  'then',
  'else',
];
