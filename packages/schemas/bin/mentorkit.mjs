#!/usr/bin/env node
// mentorkit validate <file.json> [--template <file|id>]
// mentorkit compile <schema.json> [-o out.js]
// Plain Node: uses the built dist/ (run `pnpm --filter @mentorkit/schemas run build` first in a checkout).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileValidatorModule } from './lib/standalone.mjs';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const usage = 'usage: mentorkit validate <file.json> [--template <file|id>]\n       mentorkit compile <schema.json> [-o out.js]';

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

const [command, ...rest] = process.argv.slice(2);
if (command === 'validate') await validate(rest);
else if (command === 'compile') await compile(rest);
else fail(usage);
