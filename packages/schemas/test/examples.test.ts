import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getTemplate, validateRecord, validatorFor, type DocumentRecord, type Kind } from '../src/index.js';
import { jsonFiles } from './support.js';

interface InvalidExample {
  description: string;
  kind: Kind;
  template?: string;
  record: unknown;
  errors: { pointer: string; keyword: string }[];
}

const asSet = (errors: { pointer: string; keyword: string }[]) => new Set(errors.map((e) => `${e.pointer} ${e.keyword}`));

describe('valid examples', () => {
  const examples = jsonFiles<DocumentRecord>('examples/valid');
  const templates = jsonFiles<{ id: string }>('templates');

  it('cover every built-in template', () => {
    assert.deepEqual(
      examples.map(([name]) => name.replace(/\.record\.json$/, '')),
      templates.map(([name]) => name.replace(/\.json$/, '')),
    );
  });

  for (const [name, record] of examples) {
    it(`${name} is valid against its record schema and its template`, () => {
      assert.deepEqual(validatorFor(record.kind, 'record')(record), []);
      const template = getTemplate(record.template.id);
      assert.ok(template, `template ${record.template.id} exists`);
      assert.deepEqual(validateRecord(record, template), []);
    });
  }
});

describe('invalid examples', () => {
  for (const [name, example] of jsonFiles<InvalidExample>('examples/invalid')) {
    it(`${name} fails with exactly the listed errors`, () => {
      const errors = validateRecord(example.record, example.template);
      assert.deepEqual(asSet(errors), asSet(example.errors), example.description);
      for (const error of errors) {
        assert.equal(typeof error.key, 'string');
        assert.equal(typeof error.params, 'object');
      }
    });
  }
});
