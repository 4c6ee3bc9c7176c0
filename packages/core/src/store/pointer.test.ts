import { expect } from '@open-wc/testing';
import { dottedFromPointer, escapeToken, getAt, joinPointer, parsePointer, pointerFromDotted, setAt } from './pointer.js';

describe('JSON Pointer', () => {
  it('parses and escapes tokens as RFC 6901 says', () => {
    expect(parsePointer('')).to.deep.equal([]);
    expect(parsePointer('/a~1b/c~0d/0')).to.deep.equal(['a/b', 'c~d', '0']);
    expect(escapeToken('a/b~c')).to.equal('a~1b~0c');
    expect(joinPointer('/x', 'a/b')).to.equal('/x/a~1b');
    expect(() => parsePointer('a/b')).to.throw(SyntaxError);
  });

  it('converts the dotted paths of UI hints', () => {
    expect(pointerFromDotted('points.p1.rating')).to.equal('/points/p1/rating');
    expect(pointerFromDotted('')).to.equal('');
    expect(pointerFromDotted('a/b.c~d.0')).to.equal('/a~1b/c~0d/0');
    expect(pointerFromDotted('solo')).to.equal('/solo');
    expect(dottedFromPointer('/points/p1/rating')).to.equal('points.p1.rating');
  });

  it('reads own properties only, and nothing through a value that is not an object', () => {
    const record = { a: { b: [10, 20] }, s: 'text' };
    expect(getAt(record, '/a/b/1')).to.equal(20);
    expect(getAt(record, '/s/length')).to.equal(undefined);
    expect(getAt(record, '/a/toString')).to.equal(undefined);
    expect(getAt(record, '')).to.equal(record);
  });

  it('reads escaped, empty and trailing tokens as the parsed pointer names them', () => {
    const record = { 'a/b': { 'c~d': 1 }, '': { '': 2, x: { '': 3 } }, n: null };
    expect(getAt(record, '/a~1b/c~0d')).to.equal(1);
    expect(getAt(record, '//')).to.equal(2);
    expect(getAt(record, '//x/')).to.equal(3);
    expect(getAt(record, '/n/x')).to.equal(undefined);
    expect(getAt(record, '/missing/x')).to.equal(undefined);
    expect(getAt('text', '/length')).to.equal(undefined);
    expect(() => getAt(record, 'a/b')).to.throw(SyntaxError);
  });

  it('writes in place, creating objects and arrays on the way, and deletes with undefined', () => {
    const record: Record<string, unknown> = {};
    expect(setAt(record, '/a/list/0/name', 'x')).to.equal(record);
    expect(record).to.deep.equal({ a: { list: [{ name: 'x' }] } });
    setAt(record, '/b', 1);
    setAt(record, '/a/list/0/name', undefined);
    expect(record['b']).to.equal(1);
    expect(setAt(record, '', 'whole')).to.equal('whole');
  });
});
