import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { patternFault, safePattern } from '../src/safe-pattern.js';
import { seededRandom, type Random } from '../../../test/support/seeded-random.js';

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A random pattern over a small alphabet, from the syntax the engine runs (nesting, classes, counts, anchors). */
function randomPattern(random: Random, depth = 0): string {
  const atoms = ['a', 'b', '.', '[ab]', '[^a]', '\\d', '\\w', '\\s', '[a-c]', '\\.', '\\p{L}', 'é'];
  const quantifiers = ['', '', '*', '+', '?', '{2}', '{1,3}', '{0,}', '*?', '+?'];
  const parts: string[] = [];
  const length = 1 + Math.floor(random() * 4);
  for (let i = 0; i < length; i++) {
    const roll = random();
    let atom: string;
    if (roll < 0.2 && depth < 3) atom = `(${randomPattern(random, depth + 1)})`;
    else if (roll < 0.3 && depth < 3) atom = `(?:${randomPattern(random, depth + 1)}|${randomPattern(random, depth + 1)})`;
    else atom = pick(random, atoms);
    parts.push(atom + pick(random, quantifiers));
  }
  const body = parts.join(random() < 0.15 ? '|' : '');
  return (random() < 0.3 ? '^' : '') + body + (random() < 0.3 ? '$' : '');
}

function randomText(random: Random): string {
  const alphabet = ['a', 'b', 'c', '1', ' ', '.', 'é', '!', '\n', '😀'];
  return Array.from({ length: Math.floor(random() * 9) }, () => pick(random, alphabet)).join('');
}

describe('safePattern', () => {
  it('agrees with the platform RegExp on 3,000 random patterns and 10 texts each', () => {
    const random = seededRandom(22);
    let compared = 0;
    for (let n = 0; n < 3000; n++) {
      const source = randomPattern(random);
      const native = new RegExp(source, 'u');
      const safe = safePattern(source);
      for (let k = 0; k < 10; k++) {
        const text = randomText(random);
        assert.equal(safe.test(text), native.test(text), `/${source}/u on ${JSON.stringify(text)}`);
        compared++;
      }
    }
    assert.equal(compared, 30_000);
    console.log(`safePattern: ${compared} pattern/text pairs agree with RegExp`);
  });

  it('matches catastrophic patterns in linear time: no pattern blocks for 100 ms', () => {
    const cases: [string, string][] = [
      ['^(a+)+$', 'a'.repeat(28) + '!'],
      ['^(a|a)*$', 'a'.repeat(5000) + '!'],
      ['^(a|aa)+$', 'a'.repeat(5000) + '!'],
      ['^(\\w+\\s?)*$', 'word '.repeat(1000) + '!'],
      ['^(.*a){12}$', 'a'.repeat(5000) + '!'],
      ['\\d*\\d*\\d*\\d*\\d*x', '1'.repeat(5000)],
    ];
    for (const [source, text] of cases) {
      const started = performance.now();
      assert.equal(safePattern(source).test(text), false, source);
      const ms = performance.now() - started;
      assert.ok(ms < 100, `/${source}/ took ${ms.toFixed(1)} ms`);
    }
  });

  it('refuses what needs backtracking, and what is not a pattern, naming why', () => {
    assert.match(patternFault('(?=.*\\d)\\w+') ?? '', /lookahead, which cannot be checked in linear time/);
    assert.match(patternFault('(?<=a)b') ?? '', /lookbehind/);
    assert.match(patternFault('(a)\\1') ?? '', /backreference/);
    assert.match(patternFault('(?<x>a)\\k<x>') ?? '', /backreference/);
    assert.match(patternFault('[') ?? '', /Invalid regular expression/);
    assert.match(patternFault(5) ?? '', /must be a string/);
    assert.equal(patternFault('^[A-Za-z0-9][A-Za-z0-9._-]*$'), undefined);
  });

  it('keeps ECMAScript meanings: word boundaries, surrogate pairs, property escapes, unanchored search', () => {
    assert.equal(safePattern('\\bfoo\\b').test('a foo b'), true);
    assert.equal(safePattern('\\bfoo\\b').test('afoob'), false);
    assert.equal(safePattern('^\\uD83D\\uDE00$').test('😀'), true);
    assert.equal(safePattern('^.$').test('😀'), true);
    assert.equal(safePattern('^\\p{Lu}\\p{Ll}+$').test('Élise'), true);
    assert.equal(safePattern('b').test('abc'), true);
    assert.equal(safePattern('^b').test('abc'), false);
  });
});
