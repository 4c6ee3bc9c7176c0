import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInTemplates, getTemplate, validateTemplate, validatorFor } from '../src/index.js';
import { jsonFiles } from './support.js';

describe('built-in templates', () => {
  const files = jsonFiles<{ id: string; kind: 'observation' }>('templates');

  it('are the twelve templates of schemas/templates, each under its own id', () => {
    assert.equal(files.length, 12);
    assert.deepEqual(Object.keys(builtInTemplates).sort(), files.map(([name]) => name.replace(/\.json$/, '')).sort());
    for (const [name, template] of files) {
      assert.equal(template.id, name.replace(/\.json$/, ''));
      assert.deepEqual(getTemplate(template.id), template);
    }
    assert.equal(getTemplate('no-such-template'), undefined);
  });

  for (const [name, template] of files) {
    it(`${name} validates against its template schema and the semantic checks`, () => {
      assert.deepEqual(validatorFor(template.kind, 'template')(template), []);
      assert.deepEqual(validateTemplate(template), []);
    });
  }

  it('every template names its source document and organisation', () => {
    for (const [, template] of files) {
      const { attribution } = template as unknown as { attribution: { sourceDocument: string; organisation: string } };
      assert.match(attribution.sourceDocument, /^00[0-4]_[0-9a-f]{16}\.txt$/);
      assert.ok(attribution.organisation.length > 0);
    }
  });

  it('reports duplicate ids and dangling references in a template', () => {
    const template = structuredClone(builtInTemplates['respond-development-plan']) as unknown as {
      steps: { id: string; stage?: string }[];
    };
    template.steps[1]!.id = 'step-1';
    template.steps[2]!.stage = 'nowhere';
    const errors = validateTemplate(template).map((e) => `${e.pointer} ${e.key}`);
    assert.deepEqual(errors, ['/steps/1/id duplicateId', '/steps/2/stage unknownItem']);
  });
});
