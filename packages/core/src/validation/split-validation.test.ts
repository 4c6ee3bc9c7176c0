import { dereference, format, validate } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { setAt } from '../store/pointer.js';
import { createRuntimeValidator } from './runtime-validator.js';
import { SplitValidation } from './split-validation.js';

/** Objects checked a property at a time, objects that relate properties (checked whole), arrays, `$ref`s. */
const schema = {
  $defs: { note: { type: 'string', maxLength: 8 } },
  type: 'object',
  required: ['title', 'points'],
  properties: {
    title: { type: 'string', minLength: 2 },
    count: { type: 'integer', minimum: 0, maximum: 9 },
    points: {
      type: 'object',
      minProperties: 1,
      additionalProperties: false,
      properties: {
        a: { type: 'object', required: ['rating'], properties: { rating: { enum: ['good', 'weak'] }, note: { $ref: '#/$defs/note' } } },
        b: { type: 'object', required: ['rating'], properties: { rating: { enum: ['good', 'weak'] }, note: { $ref: '#/$defs/note' } } },
      },
    },
    // Properties related to each other: this object is checked whole.
    period: {
      type: 'object',
      properties: { start: { type: 'string' }, end: { type: 'string' } },
      dependentRequired: { start: ['end'] },
    },
    tags: { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 3 },
    extra: { type: 'object', additionalProperties: { type: 'number' }, properties: {} },
  },
  additionalProperties: false,
};

/** The pointers an edit may write, and the values it may write there (`undefined` deletes). */
const edits: [string, unknown[]][] = [
  ['/title', ['', 'A', 'Lesson', undefined, 5]],
  ['/count', [3, 12, -1, 'x', undefined]],
  ['/points', [{}, { a: { rating: 'good' } }, undefined]],
  ['/points/a', [{ rating: 'good' }, { note: 'n' }, undefined]],
  ['/points/a/rating', ['good', 'bad', undefined]],
  ['/points/a/note', ['short', 'much too long', 7, undefined]],
  ['/points/b/rating', ['weak', 'poor', undefined]],
  ['/points/c', [{ rating: 'good' }, undefined]],
  ['/period/start', ['2026-01-01', undefined]],
  ['/period/end', ['2026-02-01', undefined]],
  ['/tags', [['x'], ['', 'y'], ['a', 'b', 'c', 'd'], undefined]],
  ['/tags/1', ['', 'z', undefined]],
  ['/extra/size', [1, 'big', undefined]],
  ['/other', [true, undefined]],
];

/** A fixed sequence of pseudo-random numbers (the same every run). */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('split whole-record check (the run-time validator told what changed)', () => {
  it('reports exactly what the interpreter reports for the whole record, edit after edit', () => {
    const lookup = dereference(schema as never);
    const split = new SplitValidation(schema as never, '2020-12', lookup);
    const whole = (record: unknown) => validate(JSON.parse(JSON.stringify(record)), schema as never, '2020-12', lookup, false).errors;
    const record: Record<string, unknown> = { title: 'Lesson', points: { a: { rating: 'good' } }, tags: ['x'] };
    expect(split.applies).to.equal(true);
    expect(split.errors(record)).to.deep.equal(whole(record));
    const random = sequence(17);
    for (let step = 0; step < 400; step++) {
      const changed: string[] = [];
      // One to three edits between checks, as typing several fields before a pause does.
      for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
        const [pointer, values] = edits[Math.floor(random() * edits.length)]!;
        setAt(record, pointer, structuredClone(values[Math.floor(random() * values.length)]));
        changed.push(pointer);
      }
      expect(split.errors(record, changed), `step ${step}: ${JSON.stringify(record)}`).to.deep.equal(whole(record));
    }
  });

  it('checks again only the property a change reached', () => {
    const name = 'mentorkit-test-counted';
    let calls = 0;
    (format as Record<string, (text: string) => boolean>)[name] = () => (calls++, true);
    try {
      const properties = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, { type: 'string', format: name }]));
      const validate = createRuntimeValidator({ type: 'object', required: ['f0'], properties });
      const record: Record<string, unknown> = Object.fromEntries(Object.keys(properties).map((key) => [key, 'text']));
      validate(record);
      expect(calls).to.equal(50);
      calls = 0;
      record['f7'] = 'typed';
      expect(validate(record, ['/f7'])).to.deep.equal([]);
      expect(calls).to.equal(1);
      // Not told what changed, or given another record: all of it again.
      calls = 0;
      delete record['f0'];
      expect(validate(record).map((p) => p.pointer)).to.deep.equal(['/f0']);
      expect(calls).to.equal(49);
      calls = 0;
      validate({ ...record }, ['/f7']);
      expect(calls).to.equal(49);
    } finally {
      delete (format as Record<string, unknown>)[name];
    }
  });
});
