import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  agreementSchemas,
  builtInTemplateKinds,
  builtInTemplates,
  getTemplate,
  observationSchemas,
  planSchemas,
  rubricSchemas,
  validateRecord,
  validateTemplate,
  validatorFor,
} from '../src/index.js';
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

  it("are each in their kind's own module, and builtInTemplateKinds names every one's kind", async () => {
    const byKind = { observation: observationSchemas, agreement: agreementSchemas, rubric: rubricSchemas, plan: planSchemas };
    assert.deepEqual(
      Object.fromEntries(Object.entries(builtInTemplates).map(([id, template]) => [id, template.kind])),
      builtInTemplateKinds,
    );
    for (const [kind, schemas] of Object.entries(byKind)) {
      assert.equal(schemas.kind, kind);
      const ids = Object.entries(builtInTemplateKinds)
        .filter(([, k]) => k === kind)
        .map(([id]) => id);
      assert.deepEqual(Object.keys(schemas.templates), ids);
      for (const id of ids) {
        assert.deepEqual(schemas.validateTemplate(schemas.templates[id]), []);
        assert.deepEqual(schemas.validateRecord({ kind }, id), validateRecord({ kind }, id), `${id}: the same errors as validateRecord`);
      }
      const records = await import(`../src/kinds/${kind}-records.js`);
      const light = records[`${kind}Records`];
      assert.equal(light.templates, schemas.templates, 'the records module holds the same templates');
      assert.equal('validateTemplate' in light, false, 'and no template validator');
      assert.deepEqual(light.validateRecord({ kind }, ids[0]), schemas.validateRecord({ kind }, ids[0]));
    }
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
