// Compiles a JSON Schema to a self-contained ESM validator module: Ajv standalone code (no eval or
// new Function at run time) bundled by esbuild, because Ajv's output still `require`s its runtime
// helpers (ucs2length, equal, formats) and browsers have no `require`.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import Ajv2019 from 'ajv/dist/2019.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const packageDir = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
// esbuild resolves the helpers from where ajv is installed for this package.
const resolveDir = dirname(createRequire(import.meta.url).resolve('ajv/package.json'));

const subschemaMaps = ['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas'];
const subschemaArrays = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const subschemaSingles = [
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
const annotations = ['title', 'description', 'examples', '$comment'];

/** The schema without annotations: Ajv embeds schemas in its output, and these do not affect validation. */
export function withoutAnnotations(schema) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const result = {};
  for (const [key, value] of Object.entries(schema)) {
    if (annotations.includes(key)) continue;
    if (subschemaMaps.includes(key))
      result[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]));
    else if (subschemaArrays.includes(key) || (key === 'items' && Array.isArray(value))) result[key] = value.map(withoutAnnotations);
    else if (subschemaSingles.includes(key)) result[key] = withoutAnnotations(value);
    else result[key] = value;
  }
  return result;
}

/** Picks the Ajv class for a schema's `$schema` (draft-07 when absent). */
function ajvFor(schema) {
  const dialect = String(schema.$schema ?? '');
  // messages: false: errors are shown from their keyword and params (see src/errors.ts), never from Ajv's English text.
  const options = { code: { source: true, esm: true }, allErrors: true, messages: false, strict: false, inlineRefs: false };
  if (dialect.includes('2020-12')) return new Ajv2020(options);
  if (dialect.includes('2019-09')) return new Ajv2019(options);
  const ajv = new Ajv(options);
  return ajv;
}

/**
 * @param {object} schema the schema to compile
 * @param {{ references?: object[], minify?: boolean }} [options] other schemas its `$ref`s point to (by `$id`)
 * @returns {Promise<string>} ESM source exporting `validate` (named and default)
 */
export async function compileValidatorModule(schema, { references = [], minify = true } = {}) {
  const ajv = ajvFor(schema);
  addFormats(ajv);
  for (const reference of references) {
    if (reference.$id !== schema.$id && !ajv.getSchema(reference.$id)) ajv.addSchema(withoutAnnotations(reference));
  }
  const validate = ajv.compile(withoutAnnotations(schema));
  const source = standaloneCode(ajv, validate);
  const result = await build({
    stdin: { contents: source, resolveDir, sourcefile: 'validator.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The type declarations that go beside a generated validator module. */
export const validatorDeclarations = `/** An error as reported by a precompiled Ajv validator. */
export interface StandaloneError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  propertyName?: string;
  message?: string;
}

/** A precompiled validator: returns true when valid, and leaves the errors on \`errors\`. */
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: StandaloneError[] | null;
}

export declare const validate: StandaloneValidator;
export default validate;
`;

export { packageDir };
