import { expect } from '@open-wc/testing';
import { checkField } from '../form/check-field.js';
import type { ValueNode } from '../schema/field-tree.js';
import { buildFieldTree } from '../schema/field-tree.js';
import { checkConstraints } from './constraints.js';
import { loadPatternEngine } from './pattern-engine.js';

const keyOf = (value: unknown, constraints: Parameters<typeof checkConstraints>[1]) => checkConstraints(value, constraints, '/x')?.key;

describe('checkConstraints', () => {
  // The engine is a chunk <mk-form> loads for schemas with patterns; these call the engine's parts directly.
  before(() => loadPatternEngine());

  it('fails an empty value only when it is required', () => {
    for (const empty of [undefined, null, '', false]) {
      expect(keyOf(empty, { required: true })).to.equal('valueMissing');
      expect(keyOf(empty, { minLength: 3, pattern: '^a' })).to.equal(undefined);
    }
  });

  it('maps text keywords to validity flags, counting code points', () => {
    expect(keyOf('ab', { minLength: 3 })).to.equal('tooShort');
    expect(keyOf('😀😀', { maxLength: 2 }), 'two code points').to.equal(undefined);
    expect(keyOf('abcd', { maxLength: 3 })).to.equal('tooLong');
    expect(keyOf('b', { pattern: '^a' })).to.equal('patternMismatch');
    expect(keyOf('not-mail', { format: 'email' })).to.equal('typeMismatch');
    expect(keyOf('2026-02-30x', { format: 'date' })).to.equal('typeMismatch');
    expect(keyOf('2026-01-01', { minimum: '2026-02-01' })).to.equal('rangeUnderflow');
  });

  it('maps number keywords to validity flags', () => {
    expect(keyOf(Number.NaN, {})).to.equal('badInput');
    expect(keyOf(1.5, { integer: true })).to.equal('stepMismatch');
    expect(keyOf(0.3, { multipleOf: 0.1 }), 'a binary fraction is a multiple').to.equal(undefined);
    expect(keyOf(0.35, { multipleOf: 0.1 })).to.equal('notMultipleOf');
    expect(keyOf(4, { minimum: 5 })).to.equal('rangeUnderflow');
    expect(keyOf(6, { maximum: 5 })).to.equal('rangeOverflow');
  });

  it('gives the problem in the shared shape, with its parameters', () => {
    expect(checkConstraints('ab', { minLength: 3 }, '/name')).to.deep.equal({
      pointer: '/name',
      keyword: 'minLength',
      key: 'tooShort',
      params: { min: 3 },
    });
  });
});

describe('checkField', () => {
  const tree = buildFieldTree({
    type: 'object',
    required: ['name', 'agree'],
    properties: { name: { type: 'string' }, level: { enum: ['low', 'high'] }, count: { type: 'integer' }, agree: { type: 'boolean' } },
  }) as unknown as { children: ValueNode[] };
  const node = (key: string) => tree.children.find((child) => child.key === key)!;

  it('checks the constraints, the type and the options of one field', () => {
    expect(checkField(node('name'), undefined, '/name')?.key).to.equal('valueMissing');
    expect(checkField(node('name'), 42, '/name')?.key).to.equal('badInput');
    expect(checkField(node('level'), 'medium', '/level')?.key).to.equal('notAllowed');
    expect(checkField(node('count'), 'three', '/count')?.key).to.equal('badInput');
    expect(checkField(node('level'), 'high', '/level')).to.equal(undefined);
  });

  it('never reports a required boolean as missing (an unticked box is false)', () => {
    expect(checkField(node('agree'), false, '/agree')).to.equal(undefined);
  });
});
