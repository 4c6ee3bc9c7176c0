import { expect } from '@open-wc/testing';
import {
  buildFieldTree,
  opened,
  type AlternativesNode,
  type ArrayNode,
  type FieldNode,
  type ObjectNode,
  type ValueNode,
} from './field-tree.js';
import { childOf } from './tree-walk.js';
import { loadPatternEngine } from '../validation/pattern-engine.js';
import { loadFits } from './fits-engine.js';

const keys = (node: FieldNode) => (node as ObjectNode).children.map((c) => c.key);

describe('buildFieldTree', () => {
  // The pattern engine and `fits` are chunks <mk-form> loads for schemas that need them; these call the tree's parts directly.
  before(() => Promise.all([loadPatternEngine(), loadFits()]));

  describe('references', () => {
    it('merges allOf through $ref through allOf, at every level', () => {
      const tree = buildFieldTree({
        $defs: {
          named: { properties: { name: { type: 'string' } }, required: ['name'] },
          person: { allOf: [{ $ref: '#/$defs/named' }, { properties: { email: { type: 'string', format: 'email' } } }] },
        },
        allOf: [{ $ref: '#/$defs/person' }, { properties: { role: { type: 'string' } } }],
        type: 'object',
      });
      expect(keys(tree).sort()).to.deep.equal(['email', 'name', 'role']);
      expect((tree as ObjectNode).children.find((c) => c.key === 'name')!.required).to.equal(true);
    });

    it('resolves $id-based refs and $anchor inside a bundled 2020-12 schema', () => {
      const tree = buildFieldTree({
        $id: 'https://example.org/order.json',
        type: 'object',
        properties: { address: { $ref: 'address.json' }, total: { $ref: '#money' } },
        $defs: {
          address: {
            $id: 'https://example.org/address.json',
            type: 'object',
            properties: { city: { $ref: '#/$defs/city' } },
            $defs: { city: { type: 'string', title: 'City' } },
          },
          money: { $anchor: 'money', type: 'number', minimum: 0 },
        },
      }) as ObjectNode;
      const address = tree.children[0] as ObjectNode;
      expect(address.children[0]!.label).to.equal('City');
      expect((tree.children[1] as ValueNode).widget).to.equal('number');
    });

    it('resolves a draft-07 $id anchor ("#name")', () => {
      const tree = buildFieldTree({
        $schema: 'http://json-schema.org/draft-07/schema#',
        definitions: { when: { $id: '#when', type: 'string', format: 'date' } },
        properties: { on: { $ref: '#when' } },
      }) as ObjectNode;
      expect((tree.children[0] as ValueNode).widget).to.equal('date');
    });

    it('follows a $dynamicRef to the outermost $dynamicAnchor', () => {
      const tree = buildFieldTree({
        $id: 'https://example.org/strict-tree',
        $dynamicAnchor: 'node',
        $ref: 'tree',
        properties: { label: { type: 'string' } },
        $defs: {
          tree: {
            $id: 'tree',
            $dynamicAnchor: 'node',
            type: 'object',
            properties: { children: { type: 'array', items: { $dynamicRef: '#node' } } },
          },
        },
      }) as ObjectNode;
      const children = tree.children.find((c) => c.key === 'children') as ArrayNode;
      expect(keys(children.item).sort()).to.deep.equal(['children', 'label']);
      expect(children.item.recursive).to.equal(true);
    });

    it('names a ref that points outside the schema', () => {
      expect(() => buildFieldTree({ properties: { a: { $ref: 'https://elsewhere.example/x.json' } } })).to.throw(
        /points outside this schema/,
      );
    });
  });

  describe('recursion', () => {
    it('builds a self-referencing schema lazily: reading a level costs that level', () => {
      const tree = buildFieldTree({ type: 'object', properties: { value: { type: 'number' }, left: { $ref: '#' }, right: { $ref: '#' } } });
      let node = tree;
      for (let depth = 0; depth < 200; depth++) node = childOf(node, depth % 2 ? 'left' : 'right')!;
      expect(node.recursive).to.equal(true);
      expect(keys(node)).to.deep.equal(['value', 'left', 'right']);
    });

    it('builds a tree node whose children are of its own kind at any finite depth', () => {
      const tree = buildFieldTree({
        $defs: {
          node: { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/node' } } } },
        },
        $ref: '#/$defs/node',
      });
      let node: FieldNode = tree;
      for (let depth = 0; depth < 100; depth++) node = (childOf(node, 'children') as ArrayNode).item;
      expect(keys(node)).to.deep.equal(['name', 'children']);
    });
  });

  describe('parts built when first read', () => {
    it('gives every node of a kind the same getters, and keeps what they built', () => {
      const tree = buildFieldTree({
        type: 'object',
        properties: {
          one: { type: 'object', properties: { x: { type: 'string' } } },
          two: { type: 'object', properties: { y: { type: 'string' } } },
          list: { type: 'array', items: { type: 'number' } },
        },
      }) as ObjectNode;
      const [one, two, list] = tree.children as [ObjectNode, ObjectNode, ArrayNode];
      expect(Object.getPrototypeOf(one)).to.equal(Object.getPrototypeOf(two));
      expect(Object.getPrototypeOf(one)).to.equal(Object.getPrototypeOf(tree));
      expect(Object.hasOwn(one, 'children')).to.equal(false);
      expect(one.children).to.equal(one.children);
      expect(one.children.map((c) => c.key)).to.deep.equal(['x']);
      expect(two.children.map((c) => c.key)).to.deep.equal(['y']);
      expect(list.item).to.equal(list.item);
      expect((list.item as ValueNode).widget).to.equal('number');
      expect(list.item.pointer).to.equal('/list/-');
    });

    it('opens a recursive node as the same node, not recursive, sharing its parts', () => {
      const tree = buildFieldTree({ type: 'object', properties: { name: { type: 'string' }, next: { $ref: '#' } } }) as ObjectNode;
      const next = childOf(tree, 'next') as ObjectNode;
      expect(next.recursive).to.equal(true);
      const open = opened(next) as ObjectNode;
      expect(open.recursive).to.equal(false);
      expect(open.kind).to.equal('object');
      expect(open.pointer).to.equal('/next');
      expect(open.children).to.equal(next.children);
      expect(keys(open)).to.deep.equal(['name', 'next']);
    });

    it("says which keys an object declares, its conditions' names included", () => {
      const tree = buildFieldTree({
        type: 'object',
        properties: { country: { type: 'string' } },
        if: { properties: { country: { const: 'NO' } } },
        then: { properties: { fylke: { type: 'string' } } },
      }) as ObjectNode;
      const extra = tree.extra!;
      expect(extra.open).to.equal(false);
      expect(extra.declares('country')).to.equal(true);
      expect(extra.declares('fylke')).to.equal(true);
      expect(extra.declares('other')).to.equal(false);
      expect(extra.declares('__proto__')).to.equal(false);
      expect([...extra.declared].sort()).to.deep.equal(['country', 'fylke']);
      expect(extra.checkKey('fylke', [])).to.equal('keyTaken');
      expect(extra.nodeFor('other')!.label).to.equal('other');
      expect(extra.nodeFor('other')).to.equal(extra.nodeFor('other'));
    });

    it('opens the map editor of an object without declared properties', () => {
      expect((buildFieldTree({ type: 'object' }) as ObjectNode).extra!.open).to.equal(true);
      expect((buildFieldTree({ type: 'object', properties: { a: {} } }) as ObjectNode).extra!.open).to.equal(false);
      expect((buildFieldTree({ type: 'object', properties: { a: {} }, additionalProperties: false }) as ObjectNode).extra).to.equal(
        undefined,
      );
    });
  });

  describe('shapes', () => {
    it('reads tuples from prefixItems and draft-07 items arrays', () => {
      const modern = buildFieldTree({ type: 'array', prefixItems: [{ type: 'boolean' }, { type: 'number' }], items: false }) as ArrayNode;
      expect(modern.prefix.map((n) => (n as ValueNode).widget)).to.deep.equal(['checkbox', 'number']);
      expect(modern.maxItems).to.equal(2);
      const old = buildFieldTree({ type: 'array', items: [{ type: 'string' }], additionalItems: { type: 'integer' } }) as ArrayNode;
      expect((old.prefix[0] as ValueNode).valueType).to.equal('string');
      expect((old.item as ValueNode).valueType).to.equal('integer');
    });

    it('gives {} an any-JSON editor and type null a null field', () => {
      const tree = buildFieldTree({ type: 'object', properties: { data: {}, nothing: { type: 'null' } } }) as ObjectNode;
      expect(tree.children.map((c) => (c as ValueNode).widget)).to.deep.equal(['json', 'null']);
    });

    it('labels branches by title, by const discriminator, and by type', () => {
      const tree = buildFieldTree({
        type: 'object',
        properties: {
          contact: {
            oneOf: [
              { type: 'object', properties: { kind: { const: 'email' }, address: { type: 'string' } } },
              { type: 'object', title: 'Telephone', properties: { kind: { const: 'phone' }, number: { type: 'string' } } },
            ],
          },
          size: { type: ['string', 'number'] },
          level: { anyOf: [{ enum: ['low'] }, { enum: ['high'] }] },
        },
      }) as ObjectNode;
      const contact = tree.children[0] as AlternativesNode;
      expect(contact.branches.map((b) => b.label)).to.deep.equal(['email', 'Telephone']);
      expect(contact.branchOf({ kind: 'phone', number: '1' })).to.equal(1);
      expect((tree.children[1] as AlternativesNode).branches.map((b) => b.label)).to.deep.equal(['string', 'number']);
      expect((tree.children[2] as ValueNode).choices!.map((c) => c.value)).to.deep.equal(['low', 'high']);
    });

    it('reads conditions from if/then/else, and dependentSchemas with dependencies as one condition per trigger', () => {
      const tree = buildFieldTree({
        type: 'object',
        properties: { country: { type: 'string' }, card: { type: 'string' } },
        if: { properties: { country: { const: 'NO' } }, required: ['country'] },
        then: { properties: { fylke: { type: 'string' } } },
        else: { properties: { region: { type: 'string' } } },
        dependentSchemas: { card: { properties: { expiry: { type: 'string' } } } },
        dependencies: { card: ['holder'] },
      }) as ObjectNode;
      expect(tree.conditions.map((c) => c.children.map((n) => n.key))).to.deep.equal([['fylke'], ['region'], ['expiry', 'holder']]);
      expect(tree.conditions[0]!.holds({ country: 'NO' })).to.equal(true);
      expect(tree.conditions[1]!.holds({ country: 'SE' })).to.equal(true);
      expect(tree.conditions[2]!.holds({ card: 'x' })).to.equal(true);
    });

    it('checks map keys against propertyNames, patterns and names in use', () => {
      const tree = buildFieldTree({
        type: 'object',
        properties: { name: { type: 'string' } },
        patternProperties: { '^x-': { type: 'string' } },
        additionalProperties: false,
        propertyNames: { maxLength: 8 },
      }) as ObjectNode;
      expect(tree.extra!.checkKey('x-ok', [])).to.equal(undefined);
      expect(tree.extra!.checkKey('other', [])).to.equal('keyNotAllowed');
      expect(tree.extra!.checkKey('x-far-too-long', [])).to.equal('keyNotAllowed');
      expect(tree.extra!.checkKey('name', [])).to.equal('keyTaken');
    });
  });
});
