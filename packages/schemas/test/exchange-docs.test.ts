// Runs every example of docs/exchange.md: each ```js block is followed by an "Output:" ```text block, which
// must be exactly what the example prints.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoDir } from './support.js';

const doc = readFileSync(join(repoDir, 'docs', 'exchange.md'), 'utf8');
const examples = [...doc.matchAll(/```js\n([\s\S]*?)```\n\nOutput:\n\n```text\n([\s\S]*?)```/g)].map(([, code, output]) => ({
  code: code!,
  output: output!,
}));
// Inside the repository, so `@mentorkit/schemas` resolves as for any user of the package (to its sources here).
const dir = join(repoDir, 'test-results', 'doc-examples');

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
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `exchange-${name}.mjs`);
      writeFileSync(file, code);
      const printed = execFileSync(process.execPath, ['--conditions', 'source', '--import', 'tsx', file], {
        encoding: 'utf8',
        cwd: repoDir,
        // The page shows plain text; a terminal's colours (FORCE_COLOR outside CI) are not part of it.
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      });
      assert.equal(printed, output);
    });
  });
});
