import { expect } from '@open-wc/testing';
import { maxRecordDepth, recordFault } from './json-value.js';

describe('recordFault', () => {
  it('accepts JSON data, and a record that is null, text or a flag', () => {
    expect(recordFault({ a: 'x', b: [1, 2.5, true, null, { c: [] }], d: {} })).to.equal(undefined);
    expect(recordFault({ skipped: undefined })).to.equal(undefined);
    for (const value of [null, 'text', false, 0]) expect(recordFault(value)).to.equal(undefined);
  });

  it('names where a value JSON cannot hold is, as a JSON Pointer', () => {
    expect(recordFault({ a: { 'b/c~d': [1, Number.NaN] } })).to.equal('the value at "/a/b~1c~0d/1" is NaN, which JSON cannot hold');
    expect(recordFault(Number.POSITIVE_INFINITY)).to.equal('the value at "/" is Infinity, which JSON cannot hold');
    expect(recordFault({ when: () => 1 })).to.equal('the value at "/when" is a function, not JSON data');
    expect(recordFault({ big: [10n] })).to.equal('the value at "/big/0" is a bigint, not JSON data');
    expect(recordFault({ on: new Date(0) })).to.equal('the value at "/on" is a Date, not a plain object');
  });

  it('refuses a value that refers to itself or holds one object twice', () => {
    const loop: Record<string, unknown> = { name: 'x' };
    loop['self'] = loop;
    expect(recordFault(loop)).to.equal('it holds the same object twice, or refers to itself (again at "/self")');
    const shared = { n: 1 };
    expect(recordFault({ a: shared, b: [shared] })).to.match(/same object twice.*"\/(a|b\/0)"/);
  });

  it('measures a value nested far deeper than the limit without overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    expect(recordFault(deep)).to.match(new RegExp(`^it nests deeper than ${maxRecordDepth} levels \\(at "(/d){30}…"\\)$`));
    let fine: unknown = 1;
    for (let i = 0; i < maxRecordDepth - 1; i++) fine = [fine];
    expect(recordFault(fine)).to.equal(undefined);
  });
});
