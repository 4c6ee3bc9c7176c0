// docs/cohort-summary.md shows docs/examples/cohort-host.ts as it is: the file the acceptance test
// (test/browser/cohort-acceptance.test.ts) runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');

describe('docs/cohort-summary.md', () => {
  it('shows the example the acceptance test runs, unchanged', () => {
    const doc = readFileSync(join(root, 'docs', 'cohort-summary.md'), 'utf8');
    const example = readFileSync(join(root, 'docs', 'examples', 'cohort-host.ts'), 'utf8');
    assert.ok(doc.includes('```ts\n' + example + '```'), 'the ts block is the file');
  });
});
