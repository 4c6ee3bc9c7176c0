// Test-runner commands for test/browser/schema-corpus.test.ts, run in Node beside the browser:
// `schema-corpus` returns every test/corpus/*.json entry, `ajv-validate` validates a record with Ajv
// (2020-12 or draft-07, by the schema's `$schema`) and returns Ajv's raw errors, which the page maps
// with the same `fromAjvErrors` the precompiled path uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const corpusDir = fileURLToPath(new URL('../corpus/', import.meta.url));
const compiled = new Map();

function validatorFor(schema) {
  const key = JSON.stringify(schema);
  if (!compiled.has(key)) {
    const options = { strict: false, allErrors: true, messages: false };
    const ajv = String(schema.$schema ?? '').includes('draft-07') ? new Ajv(options) : new Ajv2020(options);
    addFormats(ajv);
    compiled.set(key, ajv.compile(schema));
  }
  return compiled.get(key);
}

export function corpusPlugin() {
  return {
    name: 'schema-corpus-commands',
    async executeCommand({ command, payload }) {
      if (command === 'schema-corpus') {
        return readdirSync(corpusDir)
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => ({ name: name.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(corpusDir, name), 'utf8')) }));
      }
      if (command === 'ajv-validate') {
        const validate = validatorFor(payload.schema);
        const valid = validate(payload.data);
        return { valid, errors: validate.errors ?? [] };
      }
      return undefined;
    },
  };
}
