import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatValidationError, validateRecord, validatorFor } from '../src/index.js';

describe('error shape', () => {
  it('maps schema keywords to message keys with parameters', () => {
    const errors = validateRecord({
      schemaVersion: 1,
      kind: 'plan',
      template: { id: 'x', version: '1.0.0' },
      reviews: [{ date: '2025-01-01', progress: '' }],
      header: { name: 'x'.repeat(501) },
    });
    assert.deepEqual(
      errors.find((e) => e.pointer === '/header/name'),
      { pointer: '/header/name', keyword: 'maxLength', key: 'tooLong', params: { max: 500 } },
    );
  });

  it('points a missing property at where it belongs', () => {
    const [error] = validatorFor('observation', 'record')({ schemaVersion: 1, kind: 'observation' });
    assert.deepEqual(error, { pointer: '/template', keyword: 'required', key: 'valueMissing', params: { missingProperty: 'template' } });
    assert.equal(formatValidationError(error!), 'is required');
  });

  it('reports a failed anyOf once, at the value', () => {
    const template = {
      schemaVersion: 1,
      kind: 'observation',
      id: 't',
      version: '1.0.0',
      title: {},
      attribution: { title: 'a', organisation: 'b', sourceDocument: 'c' },
      scale: { order: 'ascending', levels: [{ id: 'a', label: 'A', symbol: 'circle' }] },
      points: [{ id: 'p', title: 'P' }],
    };
    assert.deepEqual(
      validatorFor('observation', 'template')(template).map((e) => `${e.pointer} ${e.keyword} ${e.key}`),
      ['/title anyOf invalid'],
    );
  });

  it('rejects documents of unknown kind', () => {
    assert.deepEqual(validateRecord({ kind: 'essay' }), [
      { pointer: '/kind', keyword: 'enum', key: 'notAllowed', params: { allowed: ['observation', 'agreement', 'rubric', 'plan'] } },
    ]);
    assert.deepEqual(validateRecord('x'), [{ pointer: '', keyword: 'type', key: 'badInput', params: { type: 'object' } }]);
  });

  it('says in plain English what record-level keywords want', () => {
    const say = (key: string, params: Record<string, unknown>) => formatValidationError({ pointer: '', keyword: '', key, params });
    assert.equal(say('tooFewEntries', { min: 2 }), 'must have at least 2 properties');
    assert.equal(say('containsCount', { min: 1, max: 3 }), 'must have 1 to 3 items that match its contains schema');
    assert.equal(say('notConst', { allowed: [true] }), 'must be true');
    assert.equal(say('nameNotAllowed', { propertyName: 'Bad' }), 'is a property name that is not allowed ("Bad")');
  });
});
