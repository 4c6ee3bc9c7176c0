import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { packageDir, readJson, schemasDir } from './support.js';
import { rubricCohort } from '../../../test/support/cohort.js';

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

describe('mentorkit export and import', () => {
  const cohort = rubricCohort(5);
  const records = join(work, 'cohort.json');
  writeFileSync(records, JSON.stringify(cohort));

  it('export csv: one row per record, or per rated item, BOM first', () => {
    const byRecord = join(work, 'cohort.csv');
    assert.equal(run('export', 'csv', records, '-o', byRecord).status, 0);
    const csv = readFileSync(byRecord, 'utf8');
    assert.ok(csv.startsWith('\uFEFF'));
    assert.equal(csv.split('\r\n').length - 1, 6);
    const byItem = run('export', 'csv', records, '--rows', 'item');
    assert.equal(byItem.status, 0, byItem.stderr);
    assert.equal(byItem.stdout.split('\r\n').length - 1, 1 + cohort.reduce((n, r) => n + Object.keys(r.ratings ?? {}).length, 0));
  });

  it('export refuses invalid records and says why', () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ ...cohort[0], ratings: { 'ms1-1': { level: 'purple' } } }]));
    const result = run('export', 'csv', bad);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /record 1: \/ratings\/ms1-1\/level/);
    assert.equal(result.stdout, '');
  });

  it('export xapi: statements for the completed self-assessments; needs --home-page', () => {
    assert.equal(run('export', 'xapi', records).status, 2);
    const result = run('export', 'xapi', records, '--home-page', 'https://portal.example.org');
    assert.equal(result.status, 0, result.stderr);
    const statements = JSON.parse(result.stdout) as { verb: { id: string } }[];
    assert.equal(statements.length, cohort.filter((r) => r.status === 'completed').length);
  });

  it('export case and import case: the template comes back; plain CASE reports what it cannot hold', () => {
    const file = join(work, 'rubric.case.json');
    const exported = run('export', 'case', 'itt-mentor-standards-rag', '--base-uri', 'https://case.example.org/ims/case/v1p1', '-o', file);
    assert.equal(exported.status, 0, exported.stderr);
    const imported = run('import', 'case', file);
    assert.equal(imported.status, 0, imported.stderr);
    assert.deepEqual(JSON.parse(imported.stdout), readJson(join(schemasDir, 'templates/itt-mentor-standards-rag.json')));
    const plain = run('export', 'case', 'itt-mentor-standards-rag', '--base-uri', 'https://case.example.org', '--no-extensions');
    assert.match(plain.stderr, /^not in CASE: \/attribution/m);
  });

  it('export canvas: a rubric template in Canvas shape; other kinds are refused', () => {
    const result = run('export', 'canvas', 'curee-coaching-checklists');
    assert.equal(result.status, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as { data: unknown[] }).data.length, 20);
    const other = run('export', 'canvas', 'respond-observation');
    assert.equal(other.status, 1);
    assert.match(other.stderr, /rubric templates/);
  });
});
