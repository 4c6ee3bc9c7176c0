#!/usr/bin/env node
// Generates what @mentorkit/schemas derives from schemas/*.schema.json:
//   (a) TypeScript types in src/generated/types/ (committed; `--check` only compares them),
//   (b) precompiled, bundled validators in src/generated/validators/ (`--validators-only`),
//   (c) the built-in templates split by language in src/generated/templates/ (with (b)): each template with its
//       English text, and one module per other language with that language's text, loaded on demand,
//   and copies schemas/** to json/ (shipped, exported as ./json/*). No flag: (a) and (b).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { compileValidatorModule, packageDir, validatorDeclarations } from '../bin/lib/standalone.mjs';
import { englishMaps } from '../src/template-text-maps.mjs';

const schemasDir = join(packageDir, '..', '..', 'schemas');
const typesDir = join(packageDir, 'src', 'generated', 'types');
const validatorsDir = join(packageDir, 'src', 'generated', 'validators');
const templatesDir = join(packageDir, 'src', 'generated', 'templates');
const jsonDir = join(packageDir, 'json');
const commonId = 'https://schemas.mentorkit.dev/v1/common.schema.json';

const args = new Set(process.argv.slice(2));
const checkOnly = args.has('--check');
const validatorsOnly = args.has('--validators-only');

const schemaFiles = readdirSync(schemasDir)
  .filter((name) => name.endsWith('.schema.json'))
  .sort();
const schemas = Object.fromEntries(
  schemaFiles.map((name) => [name.replace(/\.schema\.json$/, ''), JSON.parse(readFileSync(join(schemasDir, name), 'utf8'))]),
);

// Type names that would shadow globals get a clearer name.
const typeNames = { date: 'CalendarDate', time: 'TimeOfDay' };
const typeName = (defName) => typeNames[defName] ?? pascal(defName);
const pascal = (text) =>
  text.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, c) => c.toUpperCase()).replace(/^[a-z]/, (c) => c.toUpperCase());

// ---------- (a) types ----------

const subschemaMaps = ['properties', '$defs', 'patternProperties', 'dependentSchemas'];
const subschemaArrays = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const subschemaSingles = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'propertyNames',
  'contains',
  'not',
  'if',
  'then',
  'else',
];
const onlyKeys = (schema, keys) => schema && typeof schema === 'object' && Object.keys(schema).every((key) => keys.includes(key));

/**
 * Prepares a schema for json-schema-to-typescript: references to common.schema.json become named
 * imports, `title` is kept only where it names a type (root and $defs), and conditionals that only
 * add `required` (which json2ts would turn into loose intersections) are dropped.
 */
function prepareForTypes(schema, imports, depth = 'root') {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const result = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'title' && depth === 'nested') continue;
    if (key === '$ref' && value.startsWith(`${commonId}#/$defs/`)) {
      const name = typeName(value.slice(`${commonId}#/$defs/`.length));
      imports.add(name);
      result.tsType = name;
      continue;
    }
    // Another schema file as a whole (a record's embedded template): its root type, imported from its module.
    const file = key === '$ref' && value.match(/^https:\/\/schemas\.mentorkit\.dev\/v1\/([a-z-]+)\.schema\.json$/);
    if (file && file[1] !== 'common') {
      imports.add(`${pascal(file[1])}@${file[1]}`);
      result.tsType = pascal(file[1]);
      continue;
    }
    if ((key === 'allOf' || key === 'anyOf') && value.every((member) => onlyKeys(member, ['if', 'then', 'else', 'required']))) continue;
    if (subschemaMaps.includes(key)) {
      result[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => {
          const prepared = prepareForTypes(sub, imports, key === '$defs' ? 'def' : 'nested');
          if (key === '$defs') prepared.title = typeName(name);
          return [name, prepared];
        }),
      );
    } else if (subschemaArrays.includes(key)) result[key] = value.map((sub) => prepareForTypes(sub, imports, 'nested'));
    else if (subschemaSingles.includes(key)) result[key] = prepareForTypes(value, imports, 'nested');
    else result[key] = value;
  }
  return result;
}

async function generateTypes() {
  const files = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const imports = new Set();
    const prepared = prepareForTypes(schema, imports);
    prepared.title = name === 'common' ? 'MentorkitCommon' : pascal(name);
    let code = await compile(prepared, pascal(name), {
      bannerComment: '',
      additionalProperties: false,
      ignoreMinAndMaxItems: true,
      unreachableDefinitions: true,
      declareExternallyReferenced: true,
      strictIndexSignatures: false,
      format: true,
      style: { printWidth: 140, singleQuote: true, trailingComma: 'all' },
      cwd: schemasDir,
      $refOptions: { resolve: { http: false } },
    });
    // The common schema's root is only a container of $defs.
    if (name === 'common') code = code.replace(/export interface MentorkitCommon \{[^}]*\}\n?/, '');
    const fromFiles = [...imports].filter((type) => type.includes('@')).map((type) => type.split('@'));
    const used = [...imports].filter((type) => !type.includes('@') && new RegExp(`\\b${type}\\b`).test(code)).sort();
    const header = `/* Generated by packages/schemas/scripts/generate.mjs from schemas/${name}.schema.json. Do not edit. */\n`;
    const importLine =
      (used.length && name !== 'common' ? `import type { ${used.join(', ')} } from './common.js';\n` : '') +
      fromFiles.map(([type, file]) => `import type { ${type} } from './${file}.js';\n`).join('');
    files[`${name}.ts`] = `${header}${importLine}\n${code.trim()}\n`;
  }
  files['index.ts'] =
    '/* Generated by packages/schemas/scripts/generate.mjs. Do not edit. */\n' +
    Object.keys(schemas)
      .map((name) => `export type * from './${name}.js';\n`)
      .join('');
  return files;
}

function checkTypes(files) {
  const stale = [];
  for (const [name, code] of Object.entries(files)) {
    const path = join(typesDir, name);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== code) stale.push(relative(process.cwd(), path));
  }
  const extra = existsSync(typesDir) ? readdirSync(typesDir).filter((name) => !(name in files)) : [];
  stale.push(...extra.map((name) => `${relative(process.cwd(), join(typesDir, name))} (no schema)`));
  return stale;
}

// ---------- (b) validators and json/ ----------

async function generateValidators() {
  rmSync(validatorsDir, { recursive: true, force: true });
  mkdirSync(validatorsDir, { recursive: true });
  const references = Object.values(schemas);
  for (const name of Object.keys(schemas).filter((name) => name !== 'common')) {
    const header = `/* Generated by packages/schemas/scripts/generate.mjs from schemas/${name}.schema.json. Do not edit. */\n`;
    writeFileSync(join(validatorsDir, `${name}.js`), header + (await compileValidatorModule(schemas[name], { references })));
    writeFileSync(join(validatorsDir, `${name}.d.ts`), header + validatorDeclarations);
  }
  rmSync(jsonDir, { recursive: true, force: true });
  cpSync(schemasDir, jsonDir, { recursive: true });
}

// ---------- (c) templates by language ----------

const kindTypes = { observation: 'ObservationTemplate', agreement: 'AgreementTemplate', rubric: 'RubricTemplate', plan: 'PlanTemplate' };

/**
 * Splits each built-in template (schemas/templates/*.json, as src/built-in-templates.mjs lists them) into `<id>.js`, the template with only the English
 * entry of each language map, and `<id>.<lang>.js` per other language, the texts of those maps in the order
 * `englishMaps` walks them (null where a map has none), and writes per kind `<kind>.js`: the English templates
 * and a loader per language. src/template-text.ts merges a language back into the maps when it is asked for.
 */
async function generateTemplateText() {
  const { templateJson } = await import('../src/built-in-templates.mjs');
  rmSync(templatesDir, { recursive: true, force: true });
  mkdirSync(templatesDir, { recursive: true });
  const header = '/* Generated by packages/schemas/scripts/generate.mjs from schemas/templates/. Do not edit. */\n';
  const byKind = {};
  // In the order of src/templates/<kind>.mjs, which `getTemplate` and the kinds' modules list them in.
  for (const template of Object.values(templateJson)) {
    const full = JSON.parse(JSON.stringify(template));
    const english = JSON.parse(JSON.stringify(full));
    const maps = englishMaps(full);
    const languages = [...new Set(maps.flatMap((map) => Object.keys(map)))].filter((lang) => lang !== 'en').sort();
    for (const map of englishMaps(english)) for (const lang of Object.keys(map)) if (lang !== 'en') delete map[lang];
    const id = full.id;
    writeFileSync(join(templatesDir, `${id}.js`), `${header}export default ${JSON.stringify(english)};\n`);
    for (const lang of languages)
      writeFileSync(
        join(templatesDir, `${id}.${lang}.js`),
        `${header}export default ${JSON.stringify(maps.map((map) => map[lang] ?? null))};\n`,
      );
    (byKind[full.kind] ??= []).push({ id, languages });
  }
  for (const [kind, entries] of Object.entries(byKind)) {
    const name = (i) => `t${i}`;
    const lines = [
      header.trim(),
      ...entries.map(({ id }, i) => `import ${name(i)} from './${id}.js';`),
      `export const templates = { ${entries.map(({ id }, i) => `${JSON.stringify(id)}: ${name(i)}`).join(', ')} };`,
      'export const languages = {',
      ...entries.map(
        ({ id, languages }) =>
          `  ${JSON.stringify(id)}: { ${languages.map((lang) => `${lang}: () => import('./${id}.${lang}.js')`).join(', ')} },`,
      ),
      '};',
      '',
    ];
    writeFileSync(join(templatesDir, `${kind}.js`), lines.join('\n'));
    writeFileSync(
      join(templatesDir, `${kind}.d.ts`),
      [
        header.trim(),
        `import type { ${kindTypes[kind]} } from '../types/index.js';`,
        '',
        `/** The built-in ${kind} templates by id, their language maps holding English only. */`,
        `export declare const templates: Record<string, ${kindTypes[kind]}>;`,
        '/** Per template id, a loader per other language: the texts of its language maps, in `englishMaps` order. */',
        'export declare const languages: Record<string, Record<string, () => Promise<{ default: (string | null)[] }>>>;',
        '',
      ].join('\n'),
    );
  }
}

if (checkOnly) {
  const stale = checkTypes(await generateTypes());
  if (stale.length) {
    console.error(`Generated types are stale; run \`pnpm --filter @mentorkit/schemas run generate\`:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Generated types are current.');
} else {
  if (!validatorsOnly) {
    const files = await generateTypes();
    rmSync(typesDir, { recursive: true, force: true });
    mkdirSync(typesDir, { recursive: true });
    for (const [name, code] of Object.entries(files)) writeFileSync(join(typesDir, name), code);
    console.log(`Wrote ${Object.keys(files).length} type files to ${relative(process.cwd(), typesDir)}`);
  }
  await generateValidators();
  await generateTemplateText();
  console.log(
    `Wrote ${Object.keys(schemas).length - 1} validators to ${relative(process.cwd(), validatorsDir)} and copied schemas to json/`,
  );
}
