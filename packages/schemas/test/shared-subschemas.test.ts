// Repeated subschemas are compiled once: `shareRepeatedSubschemas` moves them into $defs behind a $ref,
// and the precompiled validator neither grows with the repetition nor changes what it reports.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { shareRepeatedSubschemas } from '../bin/lib/shared-subschemas.mjs';
import { compileValidatorModule } from '../bin/lib/standalone.mjs';
import { fromStandalone } from '../src/standalone.js';

type Schema = Record<string, unknown>;

const point = (title: string): Schema => ({
  type: 'object',
  title,
  required: ['rating'],
  properties: { rating: { type: 'string', enum: ['Very good', 'Good', 'Less good'] }, notes: { type: 'string', maxLength: 500 } },
});

/** An observation of `n` points that differ only in their titles (annotations, which compiling drops). */
function observation(n: number): Schema {
  const points: Record<string, Schema> = {};
  for (let i = 1; i <= n; i++) points[`p${i}`] = point(`${i}. Point`);
  return {
    type: 'object',
    required: ['observer'],
    properties: { observer: { type: 'string', minLength: 1 }, points: { type: 'object', properties: points } },
  };
}

const untitled = (n: number) =>
  JSON.parse(JSON.stringify(observation(n), (key, value: unknown) => (key === 'title' ? undefined : value))) as Schema;

async function compiled(schema: object) {
  const code = await compileValidatorModule(schema);
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { validate: never };
  return { code, check: fromStandalone(module.validate) };
}

const problems = (check: (value: unknown) => { pointer: string; keyword: string }[], value: unknown) =>
  check(value)
    .map((p) => `${p.pointer} ${p.keyword}`)
    .sort();

describe('shareRepeatedSubschemas', () => {
  it('puts one copy of a repeated subschema in $defs and a $ref at every place it was', () => {
    const shared = shareRepeatedSubschemas(untitled(3)) as Schema & { $defs: Record<string, Schema> };
    const points = (shared['properties'] as Record<string, Schema>)['points']!['properties'] as Record<string, Schema>;
    assert.deepEqual(
      Object.values(points),
      [1, 2, 3].map(() => ({ $ref: '#/$defs/shared-1' })),
    );
    const { title: _title, ...untitledPoint } = point('any');
    assert.deepEqual(shared.$defs['shared-1'], untitledPoint);
    assert.deepEqual(
      Object.keys(shared.$defs),
      ['shared-1'],
      'the rating inside a point is not shared on its own: it is in one definition',
    );
  });

  it('uses definitions for draft-07 and a name that is not taken', () => {
    const schema = { ...untitled(2), $schema: 'http://json-schema.org/draft-07/schema#', definitions: { 'shared-1': { type: 'null' } } };
    const shared = shareRepeatedSubschemas(schema, { dialect: 'draft-07' }) as Schema & { definitions: Record<string, Schema> };
    assert.deepEqual(Object.keys(shared.definitions), ['shared-1', 'shared-2']);
    assert.deepEqual(shared.definitions['shared-1'], { type: 'null' });
    assert.match(JSON.stringify(shared), /"#\/definitions\/shared-2"/);
  });

  it('leaves in place what could change meaning when moved: a resource of its own ($id), a $ref target inside, anyOf/oneOf branches', () => {
    const repeated = { type: 'object', properties: { a: { type: 'string' } }, minProperties: 1 };
    const schemas: Schema[] = [
      {
        type: 'object',
        properties: { x: { ...repeated, $id: 'https://example.org/x' }, y: { ...repeated, $id: 'https://example.org/y' } },
      },
      {
        type: 'object',
        properties: {
          x: { ...repeated, required: ['a'] },
          y: { ...repeated, required: ['a'] },
          z: { $ref: '#/properties/x/properties/a' },
        },
      },
      { type: 'object', properties: { x: { anyOf: [repeated, { type: 'null' }] }, y: { oneOf: [repeated, { type: 'null' }] } } },
      { $schema: 'https://json-schema.org/draft/2020-12/schema', $dynamicAnchor: 'node', properties: { x: repeated, y: repeated } },
    ];
    for (const schema of schemas) assert.equal(JSON.stringify(shareRepeatedSubschemas(schema)), JSON.stringify(schema));
  });

  it('keeps every verdict and error Ajv gives for the schema as it was', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const original = untitled(20);
    const before = ajv.compile(original);
    const after = ajv.compile(shareRepeatedSubschemas(original));
    const cases = [
      { observer: 'A', points: { p1: { rating: 'Good' } } },
      { points: { p1: { notes: 'x'.repeat(501) }, p7: { rating: 'Excellent' }, p20: 'no' } },
      { observer: '', points: { p3: {} } },
    ];
    for (const data of cases) {
      assert.equal(after(data), before(data));
      const where = (errors: typeof before.errors) => (errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`).sort();
      assert.deepEqual(where(after.errors), where(before.errors));
    }
  });
});

describe('compileValidatorModule with repeated subschemas', () => {
  it('does not grow with the repeated schema: 500 points cost under 250 bytes each (2000-point observation: 2.6 MiB without sharing)', async () => {
    const small = await compiled(observation(50));
    const large = await compiled(observation(500));
    const perPoint = (large.code.length - small.code.length) / 450;
    assert.ok(perPoint < 250, `${perPoint.toFixed(0)} bytes per point`);
    assert.deepEqual(problems(large.check, { points: { p500: { rating: 'Bad', notes: 'x'.repeat(501) } } }), [
      '/observer required',
      '/points/p500/notes maxLength',
      '/points/p500/rating enum',
    ]);
    assert.deepEqual(problems(large.check, { observer: 'A', points: { p1: { rating: 'Good' } } }), []);
  });

  it('runs the shared copy of a pattern with the linear-time engine, with no eval or new Function', async () => {
    const code = { type: 'string', pattern: '^(a+)+$', maxLength: 40 };
    const schema = { type: 'object', properties: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`c${i}`, code])) };
    const { code: source, check } = await compiled(schema);
    assert.doesNotMatch(source, /new Function|eval\(/);
    // Once where the engine compiles it, once in its error's params: in the one shared function.
    assert.equal((source.match(/\^\(a\+\)\+\$/g) ?? []).length, 2);
    const started = performance.now();
    assert.deepEqual(problems(check, { c29: 'a'.repeat(28) + '!' }), ['/c29 pattern']);
    assert.ok(performance.now() - started < 100);
    assert.deepEqual(problems(check, { c0: 'aaa' }), []);
  });
});
