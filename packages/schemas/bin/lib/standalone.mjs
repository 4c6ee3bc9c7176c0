// Compiles a JSON Schema to a self-contained ESM validator module: Ajv standalone code (no eval or
// new Function at run time) bundled by esbuild, because Ajv's output still `require`s its runtime
// helpers (ucs2length, equal, formats) and browsers have no `require`.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import Ajv2019 from 'ajv/dist/2019.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { subschemaArrays, subschemaMaps, subschemaSingles } from './schema-keywords.mjs';
import { shareRepeatedSubschemas } from './shared-subschemas.mjs';

const packageDir = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
// esbuild resolves the helpers from where ajv is installed for this package.
const resolveDir = dirname(createRequire(import.meta.url).resolve('ajv/package.json'));

// The pattern engine and schema rules the browser uses too: the sources in a checkout, the built copies in the package.
const shared = (name) =>
  existsSync(join(packageDir, 'src', `${name}.mjs`)) ? join(packageDir, 'src', `${name}.mjs`) : join(packageDir, 'dist', `${name}.js`);
const enginePath = shared('safe-pattern-engine');
const { safePattern } = await import(pathToFileURL(enginePath).href);
const { dialectOf, dialects, schemaFaults } = await import(pathToFileURL(shared('schema-rules')).href);
const { fromDraft04 } = await import(pathToFileURL(shared('draft-04')).href);

/**
 * Ajv's pattern engine: the linear-time matcher, at compile time and in the generated code (esbuild
 * bundles it from this path), so `^(a+)+$` cannot freeze a server or a page either.
 */
const regExp = Object.assign((source, flags) => safePattern(source, flags), {
  code: `require(${JSON.stringify(enginePath)}).safePattern`,
});

const annotations = ['title', 'description', 'examples', '$comment'];

/** The schema without annotations: Ajv embeds schemas in its output, and these do not affect validation. */
export function withoutAnnotations(schema) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const result = {};
  for (const [key, value] of Object.entries(schema)) {
    if (annotations.includes(key)) continue;
    if (subschemaMaps.includes(key) && value && typeof value === 'object' && !Array.isArray(value))
      result[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]));
    else if (subschemaArrays.includes(key) && Array.isArray(value)) result[key] = value.map(withoutAnnotations);
    else if (subschemaSingles.includes(key)) result[key] = withoutAnnotations(value);
    else result[key] = value;
  }
  return result;
}

/** Picks the Ajv class for a schema's dialect: 2020-12 when it names none, as the run-time validator reads it. */
function ajvFor(dialect) {
  // messages: false: errors are shown from their keyword and params (see src/errors.ts), never from Ajv's English text.
  const options = { code: { source: true, esm: true, regExp }, allErrors: true, messages: false, strict: false, inlineRefs: false };
  if (dialect === '2019-09') return new Ajv2019(options);
  if (dialect === 'draft-07') return new Ajv(options);
  return new Ajv2020(options);
}

/**
 * @param {object} schema the schema to compile
 * @param {{ references?: object[], minify?: boolean, dialect?: '2020-12' | '2019-09' | 'draft-07' }} [options] other schemas
 *   its `$ref`s point to (by `$id`); the dialect when the schema cannot say (a boolean schema)
 * @returns {Promise<string>} ESM source exporting `validate` (named and default)
 */
export async function compileValidatorModule(
  written,
  { references = [], minify = true, dialect = dialectOf(fromDraft04(written)), minLength } = {},
) {
  const schema = fromDraft04(written);
  const faults = schemaFaults(schema);
  if (faults.length) throw new Error(faults.map((fault) => `${fault.at || '/'}: ${fault.message}`).join('\n'));
  const ajv = ajvFor(dialect);
  addFormats(ajv);
  for (const reference of references) {
    if (reference.$id !== schema.$id && !ajv.getSchema(reference.$id)) ajv.addSchema(withoutAnnotations(fromDraft04(reference)));
  }
  // A meta-schema of its own that Ajv was not given is read as 2020-12, as the run-time validator reads it.
  const own = schema && typeof schema === 'object' && typeof schema.$schema === 'string' ? schema.$schema : undefined;
  const known = own === undefined || Object.hasOwn(dialects, own.replace(/#$/, '')) || !!ajv.getSchema(own);
  // Repeated subschemas become one definition each, which `inlineRefs: false` compiles into one function.
  const prepared = shareRepeatedSubschemas(withoutAnnotations(known ? schema : { ...schema, $schema: undefined }), {
    dialect,
    references,
    ...(minLength !== undefined && { minLength }),
  });
  const validate = ajv.compile(prepared);
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
