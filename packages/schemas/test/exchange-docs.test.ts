// Runs every example of docs/exchange.md: each ```js block is followed by an "Output:" ```text block, which
// must be exactly what the example prints.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { examplesWithOutput, runExample } from './support.js';

const examples = examplesWithOutput('exchange.md');

describe('docs/exchange.md', () => {
  it('has an example for each format', () => {
    assert.equal(examples.length, 4);
    for (const module of ['csv', 'xapi', 'case', 'canvas'])
      assert.ok(
        examples.some((e) => e.code.includes(`exchange/${module}.js`)),
        module,
      );
  });

  examples.forEach(({ code, output }, index) => {
    const name = /exchange\/(\w+)\.js/.exec(code)?.[1] ?? String(index);
    it(`the ${name} example prints what the page shows`, () => {
      assert.equal(runExample(`exchange-${name}`, code), output);
    });
  });
});
