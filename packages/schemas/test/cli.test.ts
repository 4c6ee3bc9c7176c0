import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { packageDir, readJson, schemasDir } from './support.js';

const cli = join(packageDir, 'bin', 'mentorkit.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const work = mkdtempSync(join(tmpdir(), 'mentorkit-cli-'));

describe('mentorkit validate', () => {
  it('accepts a valid record and exits 0', () => {
    const result = run('validate', join(schemasDir, 'examples/valid/respond-development-plan.record.json'));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /valid record/);
  });

  it('accepts a built-in template file', () => {
    assert.equal(run('validate', join(schemasDir, 'templates/itt-mentor-standards-rag.json')).status, 0);
  });

  it('prints "pointer keyword message" per error and exits 1', () => {
    const example = readJson<{ record: unknown }>(join(schemasDir, 'examples/invalid/peer-group-too-small.json'));
    const file = join(work, 'group.json');
    writeFileSync(file, JSON.stringify(example.record));
    const result = run('validate', file, '--template', 'peer-group-agreement');
    assert.equal(result.status, 1);
    assert.equal(result.stdout.trim(), '/parties/group/0/group/members minMembers must have at least 4 items');
  });

  it('takes the template from a file', () => {
    const record = readJson<{ template: { id: string } }>(join(schemasDir, 'examples/valid/respond-observation.record.json'));
    const file = join(work, 'observation.json');
    writeFileSync(file, JSON.stringify(record));
    const result = run('validate', file, '--template', join(schemasDir, 'templates/respond-agreement.json'));
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^\/kind template does not match the template/m);
  });

  it('explains how to use it when arguments are missing', () => {
    const result = run('validate');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /usage: mentorkit validate/);
  });
});

describe('mentorkit compile', () => {
  for (const [dialect, $schema] of [
    ['draft-07', 'http://json-schema.org/draft-07/schema#'],
    ['2020-12', 'https://json-schema.org/draft/2020-12/schema'],
  ] as const) {
    it(`writes a standalone ESM validator for a custom ${dialect} schema, without eval`, async () => {
      const schema = {
        $schema,
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 2 },
          email: { type: 'string', format: 'email' },
          tags: { type: 'array', uniqueItems: true },
        },
        required: ['name'],
        additionalProperties: false,
      };
      const input = join(work, `custom-${dialect}.schema.json`);
      const output = join(work, `custom-${dialect}.js`);
      writeFileSync(input, JSON.stringify(schema));
      const result = run('compile', input, '-o', output);
      assert.equal(result.status, 0, result.stderr);
      const code = readFileSync(output, 'utf8');
      assert.doesNotMatch(code, /new Function/);
      assert.doesNotMatch(code, /eval\(/);
      // Ajv's helpers keep their own source as a string ('require("ajv/dist/runtime/…")'); no call remains.
      assert.doesNotMatch(code, /(^|[^'"\w.])require\(/);
      const { default: validate } = (await import(pathToFileURL(output).href)) as {
        default: ((data: unknown) => boolean) & { errors?: unknown[] };
      };
      assert.equal(validate({ name: 'Ada', email: 'ada@example.org', tags: ['a', 'b'] }), true);
      assert.equal(validate({ name: 'A', email: 'nope', tags: ['a', 'a'], extra: 1 }), false);
      assert.equal(validate.errors?.length, 4, 'all errors are reported');
    });
  }

  it('resolves $refs to the Mentorkit schemas', async () => {
    const input = join(work, 'with-person.schema.json');
    const output = join(work, 'with-person.js');
    writeFileSync(
      input,
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: { mentor: { $ref: 'https://schemas.mentorkit.dev/v1/common.schema.json#/$defs/person' } },
      }),
    );
    assert.equal(run('compile', input, '-o', output).status, 0);
    const { default: validate } = (await import(pathToFileURL(output).href)) as { default: (data: unknown) => boolean };
    assert.equal(validate({ mentor: { name: 'Anna' } }), true);
    assert.equal(validate({ mentor: { nickname: 'A' } }), false);
  });
});
