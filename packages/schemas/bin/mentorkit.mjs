#!/usr/bin/env node
// mentorkit validate <file.json> [--template <file|id>]
// mentorkit compile <schema.json> [-o out.js]
// mentorkit export csv|xapi <records.json> [--template <file|id>] [--rows record|item] [--home-page <url>] [-o out]
// mentorkit export case|canvas <template file|id> [--base-uri <url>] [--no-extensions] [-o out]
// mentorkit import case <cfrubric.json> [-o template.json]
// Plain Node: uses the built dist/ (run `pnpm --filter @mentorkit/schemas run build` first in a checkout).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileValidatorModule } from './lib/standalone.mjs';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const usage = [
  'usage: mentorkit validate <file.json> [--template <file|id>]',
  '       mentorkit compile <schema.json> [-o out.js]',
  '       mentorkit export csv <records.json> [--template <file|id>] [--rows record|item] [-o out.csv]',
  '       mentorkit export xapi <records.json> --home-page <url> [--template <file|id>] [-o out.json]',
  '       mentorkit export case <template file|id> --base-uri <url> [--no-extensions] [-o out.json]',
  '       mentorkit export canvas <template file|id> [-o out.json]',
  '       mentorkit import case <cfrubric.json> [-o template.json]',
].join('\n');

function fail(message, code = 2) {
  console.error(message);
  process.exit(code);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return fail(`mentorkit: cannot read ${path}: ${error.message}`);
  }
}

function option(args, ...names) {
  const index = args.findIndex((arg) => names.includes(arg));
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (value === undefined) fail(`mentorkit: ${args[index]} needs a value\n${usage}`);
  args.splice(index, 2);
  return value;
}

async function validate(args) {
  const templateArg = option(args, '--template', '-t');
  const [file] = args;
  if (!file) fail(usage);
  const api = await import('../dist/index.js').catch(() => fail('mentorkit: dist/ is missing; build @mentorkit/schemas first.'));
  const document = readJson(file);
  const isRecord = document && typeof document === 'object' && 'template' in document;
  let template;
  if (templateArg) template = api.getTemplate(templateArg) ?? readJson(templateArg);
  const errors = isRecord ? api.validateRecord(document, template) : api.validateTemplate(document);
  for (const error of errors) console.log(`${error.pointer || '(root)'} ${error.keyword} ${api.formatValidationError(error)}`);
  if (errors.length) process.exit(1);
  console.log(`${file}: valid ${isRecord ? 'record' : 'template'}`);
}

async function compile(args) {
  const output = option(args, '-o', '--out');
  const [file] = args;
  if (!file) fail(usage);
  const schema = readJson(file);
  // Custom schemas (2020-12) may $ref the Mentorkit schemas by their $id.
  const schemasDir = join(packageDir, 'json');
  let references = [];
  if (JSON.stringify(schema).includes('https://schemas.mentorkit.dev/'))
    try {
      references = readdirSync(schemasDir)
        .filter((name) => name.endsWith('.schema.json'))
        .map((name) => JSON.parse(readFileSync(join(schemasDir, name), 'utf8')));
    } catch {
      // json/ is created by the build; without it only self-contained schemas compile.
    }
  let code;
  try {
    code = await compileValidatorModule(schema, { references });
  } catch (error) {
    return fail(`mentorkit: cannot compile ${file}: ${error.message}`, 1);
  }
  if (output) writeFileSync(output, code);
  else process.stdout.write(code);
}

function flag(args, name) {
  const index = args.indexOf(name);
  if (index === -1) return false;
  args.splice(index, 1);
  return true;
}

async function loadDist(path) {
  return import(path).catch(() => fail('mentorkit: dist/ is missing; build @mentorkit/schemas first.'));
}

function write(output, text) {
  if (output) writeFileSync(output, text);
  else process.stdout.write(text);
}

/** The template by built-in id or file; for records, the built-in one the first record names. */
function templateFor(api, argument, records = []) {
  const named = argument ?? records[0]?.template?.id;
  if (!named) fail(`mentorkit: say which template with --template\n${usage}`);
  const template = api.getTemplate(named) ?? readJson(named);
  const errors = api.validateTemplate(template);
  if (errors.length) fail(`mentorkit: ${named} is not a valid template: ${errors.map(api.formatValidationError).join('; ')}`, 1);
  return template;
}

async function exportDocuments(args) {
  const [format, ...rest] = args;
  const output = option(rest, '-o', '--out');
  const templateArg = option(rest, '--template', '-t');
  const rows = option(rest, '--rows');
  const homePage = option(rest, '--home-page');
  const baseUri = option(rest, '--base-uri');
  const noExtensions = flag(rest, '--no-extensions');
  const [file] = rest;
  if (!file) fail(usage);
  const api = await loadDist('../dist/index.js');
  if (format === 'csv' || format === 'xapi') {
    const input = readJson(file);
    const records = Array.isArray(input) ? input : [input];
    const template = templateFor(api, templateArg, records);
    const invalid = records.flatMap((record, index) =>
      api
        .validateRecord(record, template)
        .map((error) => `record ${index + 1}: ${error.pointer || '(root)'} ${api.formatValidationError(error)}`),
    );
    if (invalid.length) fail(`mentorkit: not exported, records are invalid:\n${invalid.join('\n')}`, 1);
    if (format === 'csv') {
      if (rows && rows !== 'record' && rows !== 'item') fail(`mentorkit: --rows is record or item\n${usage}`);
      const { recordsToCsv } = await loadDist('../dist/exchange/csv.js');
      return write(output, recordsToCsv(template, records, { rows: rows ?? 'record' }));
    }
    if (!homePage) fail(`mentorkit: xapi needs --home-page <url> (people without an email are accounts there)\n${usage}`);
    const { recordsToXapi } = await loadDist('../dist/exchange/xapi.js');
    return write(output, JSON.stringify(recordsToXapi(template, records, { homePage }), null, 2) + '\n');
  }
  if (format === 'case' || format === 'canvas') {
    const template = templateFor(api, file);
    if (template.kind !== 'rubric') fail(`mentorkit: ${format} exports rubric templates; ${file} is a ${template.kind} template`, 1);
    if (format === 'canvas') {
      const { rubricToCanvas } = await loadDist('../dist/exchange/canvas.js');
      return write(output, JSON.stringify(rubricToCanvas(template), null, 2) + '\n');
    }
    if (!baseUri) fail(`mentorkit: case needs --base-uri <url> (the CASE objects' uri start with it)\n${usage}`);
    const { rubricToCase } = await loadDist('../dist/exchange/case.js');
    const { rubric, losses } = rubricToCase(template, { baseUri, extensions: !noExtensions });
    for (const loss of losses) console.error(`not in CASE: ${loss.pointer} (${loss.reason})`);
    return write(output, JSON.stringify(rubric, null, 2) + '\n');
  }
  fail(usage);
}

async function importDocuments(args) {
  const [format, ...rest] = args;
  const output = option(rest, '-o', '--out');
  const [file] = rest;
  if (format !== 'case' || !file) fail(usage);
  const api = await loadDist('../dist/index.js');
  const { caseToRubric } = await loadDist('../dist/exchange/case.js');
  const input = readJson(file);
  if (!input || typeof input !== 'object' || typeof input.identifier !== 'string')
    fail(`mentorkit: ${file} is not a CASE CFRubric (no identifier)`, 1);
  const { template, notes } = caseToRubric(input);
  for (const note of notes) console.error(`note: ${note.path || '(rubric)'} ${note.note}`);
  const errors = api.validateTemplate(template);
  if (errors.length)
    fail(`mentorkit: the imported template is invalid: ${errors.map((e) => `${e.pointer} ${api.formatValidationError(e)}`).join('; ')}`, 1);
  write(output, JSON.stringify(template, null, 2) + '\n');
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'validate') await validate(rest);
else if (command === 'compile') await compile(rest);
else if (command === 'export') await exportDocuments(rest);
else if (command === 'import') await importDocuments(rest);
else fail(usage);
