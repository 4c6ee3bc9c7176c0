// Both validation paths read a schema the same way: the run-time validator the browser builds from a
// schema (@mentorkit/core, interpreted) and the precompiled Ajv validator (`mentorkit compile`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRuntimeValidator } from '../../packages/core/src/validation/runtime-validator.js';
import { compileValidatorModule } from '../../packages/schemas/bin/lib/standalone.mjs';
import { fromStandalone } from '../../packages/schemas/src/standalone.js';

type Check = (value: unknown) => { pointer: string; keyword: string }[];

async function compiled(schema: object): Promise<Check> {
  const code = (await compileValidatorModule(schema)) as string;
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { validate: never };
  return fromStandalone(module.validate);
}

async function bothPaths(schema: object): Promise<[string, Check][]> {
  return [
    ['run time', createRuntimeValidator(schema)],
    ['compiled', await compiled(schema)],
  ];
}

const keywords = (check: Check, value: unknown) => check(value).map((p) => `${p.pointer} ${p.keyword}`);

describe('the run-time and the precompiled validator agree', () => {
  it('read a schema without $schema as 2020-12 (prefixItems and dependentRequired apply, as draft-07 would not)', async () => {
    const schema = {
      type: 'object',
      properties: { pair: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'string' }] } },
      dependentRequired: { start: ['end'] },
    };
    for (const [path, check] of await bothPaths(schema)) {
      assert.deepEqual(keywords(check, { pair: [1, 'a'] }), [], path);
      assert.deepEqual(keywords(check, { pair: ['a', 1] }).sort(), ['/pair/0 type', '/pair/1 type'], path);
      assert.equal(keywords(check, { start: 1 }).length, 1, `${path}: dependentRequired`);
    }
  });

  it('read draft-07 when the schema says so (prefixItems is then unknown and ignored)', async () => {
    const schema = { $schema: 'http://json-schema.org/draft-07/schema#', type: 'array', prefixItems: [{ type: 'number' }] };
    for (const [path, check] of await bothPaths(schema)) assert.deepEqual(keywords(check, ['a']), [], path);
  });

  it('read draft-04 as the draft-07 it means: a boolean exclusiveMinimum/Maximum excludes its bound, id is a base URI', async () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-04/schema#',
      id: 'https://example.org/schemas/visit.json',
      type: 'object',
      definitions: { score: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: true } },
      properties: {
        score: { $ref: 'visit.json#/definitions/score' },
        grade: { type: 'integer', minimum: 1, exclusiveMinimum: false, maximum: 4 },
      },
    };
    for (const [path, check] of await bothPaths(schema)) {
      assert.deepEqual(keywords(check, { score: 5, grade: 1 }), [], path);
      // Read as 2020-12 (before), the run-time validator compared 5 with `true` (1) and refused it; Ajv refused the schema.
      assert.deepEqual(keywords(check, { score: 0 }), ['/score exclusiveMinimum'], path);
      assert.deepEqual(keywords(check, { score: 10 }), ['/score exclusiveMaximum'], path);
      assert.deepEqual(keywords(check, { grade: 0 }), ['/grade minimum'], path);
    }
    assert.equal(schema.definitions.score.exclusiveMinimum, true, 'the schema given is not changed');
  });

  it('read a schema with a meta-schema of its own as 2020-12 too (neither loads meta-schemas)', async () => {
    const schema = { $schema: 'https://example.org/my-dialect', type: 'object', dependentRequired: { a: ['b'] } };
    for (const [path, check] of await bothPaths(schema)) assert.equal(keywords(check, { a: 1 }).length, 1, path);
  });

  it('run ^(a+)+$ against "a"×28 + "!" in under 100 ms, and still enforce it', async () => {
    const schema = { type: 'object', properties: { code: { type: 'string', pattern: '^(a+)+$' } } };
    for (const [path, check] of await bothPaths(schema)) {
      const started = performance.now();
      const problems = keywords(check, { code: 'a'.repeat(28) + '!' });
      const ms = performance.now() - started;
      assert.deepEqual(problems, ['/code pattern'], path);
      assert.ok(ms < 100, `${path}: ${ms.toFixed(1)} ms`);
      assert.deepEqual(keywords(check, { code: 'a'.repeat(28) }), [], path);
      console.log(`${path}: ^(a+)+$ on 'a'×28+'!' in ${ms.toFixed(2)} ms`);
    }
  });

  it('match a patternProperties name ^(a+)+$ against the key "a"×28 + "!" in under 100 ms, and still apply it', async () => {
    const schema = { type: 'object', patternProperties: { '^(a+)+$': { type: 'number' } }, additionalProperties: { type: 'string' } };
    const crafted = 'a'.repeat(28) + '!';
    for (const [path, check] of await bothPaths(schema)) {
      const started = performance.now();
      const problems = keywords(check, { [crafted]: 'not matched, so additional: a string is fine', aaa: 1 });
      const ms = performance.now() - started;
      assert.deepEqual(problems, [], path);
      assert.ok(ms < 100, `${path}: ${ms.toFixed(1)} ms`);
      assert.deepEqual(
        keywords(check, { [crafted]: 2, aaa: 'x', 'a/~b': 3 }).sort(),
        ['/a~1~0b type', `/${crafted} type`, '/aaa type'].sort(),
        path,
      );
      console.log(`${path}: patternProperties ^(a+)+$ on the key 'a'×28+'!' in ${ms.toFixed(2)} ms`);
    }
  });

  it('match propertyNames patterns on the engine too, in under 100 ms, and report a refused name once at its property', async () => {
    const schema = {
      type: 'object',
      propertyNames: { pattern: '^(a+)+$' },
      properties: { aaa: { type: 'object', propertyNames: { maxLength: 3 } } },
    };
    const crafted = 'a'.repeat(28) + '!';
    for (const [path, check] of await bothPaths(schema)) {
      const started = performance.now();
      assert.deepEqual(keywords(check, { [crafted]: 1, aaa: { long: 1 } }), [`/${crafted} propertyNames`, '/aaa/long propertyNames'], path);
      const ms = performance.now() - started;
      assert.ok(ms < 100, `${path}: ${ms.toFixed(1)} ms`);
      assert.deepEqual(keywords(check, { aaaa: 1 }), [], path);
    }
  });

  it('apply several patternProperties names that match the same keys, each its own subschema', async () => {
    const schema = { type: 'object', patternProperties: { '^x': { type: 'string' }, x$: { minLength: 3 }, '^y': { type: 'number' } } };
    for (const [path, check] of await bothPaths(schema)) {
      assert.deepEqual(keywords(check, { x: 'ab', xx: 'abc', y: 1 }), ['/x minLength'], path);
      assert.deepEqual(keywords(check, { x: 1 }).sort(), ['/x type'], path);
    }
  });

  it('refuse a lookahead pattern on both paths, as a pattern and as a patternProperties name', async () => {
    const lookahead = { type: 'string', pattern: '^(?=.*\\d).+$' };
    assert.throws(() => createRuntimeValidator(lookahead), /lookahead, which cannot be checked in linear time/);
    await assert.rejects(compiled(lookahead), /lookahead, which cannot be checked in linear time/);
    const names = { type: 'object', patternProperties: { '^(?!x)': { type: 'string' } } };
    assert.throws(() => createRuntimeValidator(names), /lookahead/);
    await assert.rejects(compiled(names), /lookahead/);
  });

  it('agree on 200 patterns from the built-in schemas and random texts', async () => {
    const patterns = [
      '^[A-Za-z0-9][A-Za-z0-9._-]*$',
      '^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$',
      '^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$',
      '^[a-z]+$',
      'b',
    ];
    const texts = ['', 'a', 'abc', '12:30', '#fff', 'x_y', '24:00', 'B', 'ab.c-d', '#ggg'];
    let compared = 0;
    for (const pattern of patterns) {
      const paths = await bothPaths({ type: 'string', pattern });
      for (const text of texts) {
        const [[, runtime], [, precompiled]] = paths as [[string, Check], [string, Check]];
        assert.deepEqual(keywords(runtime, text), keywords(precompiled, text), `/${pattern}/ on ${JSON.stringify(text)}`);
        assert.equal(keywords(runtime, text).length === 0, new RegExp(pattern, 'u').test(text), `/${pattern}/ as RegExp`);
        compared++;
      }
    }
    assert.equal(compared, 50);
  });
});
