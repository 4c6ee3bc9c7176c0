// Runs the examples of docs/schemas.md that show what they print (a ```js block, then "Output:" and a ```text
// block): the derived-template rule as the page states it. (Its other fragments are typechecked by
// test/acceptance/docs-code.test.ts.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { examplesWithOutput, runExample } from './support.js';

const examples = examplesWithOutput('schemas.md');

describe('docs/schemas.md', () => {
  it('shows a derived template made, carried and checked', () => {
    assert.equal(examples.length, 1);
    assert.match(examples[0]!.code, /deriveTemplate/);
  });

  examples.forEach(({ code, output }, index) => {
    it(`example ${index + 1} prints what the page shows`, () => {
      assert.equal(runExample(`schemas-${index + 1}`, code), output);
    });
  });
});
