import { expect } from '@open-wc/testing';
import { readSchemaDocument } from './check-schema.js';
import { hasFits, loadFits } from './fits-engine.js';
import type { JsonSchema } from './json-schema.js';
import { resolveRef } from './resolve-ref.js';
import { schemaNeeds } from './schema-needs.js';

describe('readSchemaDocument: one walk indexes, checks and looks for patterns', () => {
  // First in the file (each test file runs in a page of its own): nothing has loaded the fits chunk yet.
  it('resolves references with the fits chunk: reading the issues before it is loaded throws, naming loadFits', () => {
    expect(hasFits()).to.equal(false);
    const document = readSchemaDocument({ properties: { a: { $ref: '#/$defs/a' } }, $defs: { a: { type: 'string' } } } as JsonSchema);
    expect(document.fits).to.equal(true);
    expect(() => document.issues).to.throw(/await loadFits\(\)/);
    expect(readSchemaDocument({ properties: { b: { type: 'text' } } } as JsonSchema).issues.map((i) => i.at)).to.deep.equal([
      '/properties/b/type',
    ]);
  });

  it('lists every problem in document order, $refs among them (resolved once the whole document is indexed)', async () => {
    await loadFits();
    const { issues } = readSchemaDocument({
      properties: {
        a: { $ref: '#/$defs/missing' },
        b: { type: 'text' },
        c: { $ref: 'later.json' },
        d: { allOf: {} as never },
      },
      $defs: { later: { $id: 'later.json', type: 'string' } },
      additionalProperties: 5 as never,
    } as JsonSchema);
    expect(issues.map((i) => i.at)).to.deep.equal([
      '/additionalProperties',
      '/properties/a/$ref',
      '/properties/b/type',
      '/properties/d/allOf',
    ]);
    expect(issues[1]!.message).to.equal('$ref "#/$defs/missing" points at nothing.');
  });

  it('indexes resources and anchors as it walks', () => {
    const root = { $id: 'https://example.org/root.json', $defs: { a: { $id: 'a.json', $anchor: 'here', type: 'string' } } };
    const { index, issues } = readSchemaDocument(root as JsonSchema);
    expect(issues).to.deep.equal([]);
    expect(resolveRef(index, 'a.json#here', root)).to.equal(root.$defs.a);
    expect(index.baseOf(root.$defs.a)).to.equal('https://example.org/a.json');
  });

  it('finds a pattern in a schema, in patternProperties, or under a key it does not walk (a $ref may point there)', () => {
    expect(readSchemaDocument({ properties: { code: { type: 'string' } } }).patterns).to.equal(false);
    expect(readSchemaDocument({ items: [{ type: 'string', pattern: '^a' }] } as JsonSchema).patterns).to.equal(true);
    expect(readSchemaDocument({ properties: { a: { patternProperties: {} } } } as JsonSchema).patterns).to.equal(true);
    const outside = { components: { code: { type: 'string', pattern: '^\\d+$' } }, properties: { code: { $ref: '#/components/code' } } };
    expect(readSchemaDocument(outside as JsonSchema).patterns).to.equal(true);
    // A property called "pattern" is a name, not a pattern.
    expect(readSchemaDocument({ properties: { pattern: { type: 'string' } } }).patterns).to.equal(false);
  });

  it('walks once for a form: what schemaNeeds read ahead, the field tree takes; any later read walks again', () => {
    const schema = { type: 'object', properties: { name: { type: 'string' } } } as JsonSchema;
    expect(schemaNeeds(schema).patterns).to.equal(false);
    const ahead = readSchemaDocument(schema);
    expect(readSchemaDocument(schema)).not.to.equal(ahead);
  });
});
