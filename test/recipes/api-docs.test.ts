// The API reference in docs/api/ is generated from the custom-elements manifests (the gate writes
// them before the Node tests); this fails when an element's documented API changed without it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
// @ts-expect-error -- a plain ES module script without declarations
import { expectedPages } from '../../scripts/api-docs.mjs';

describe('API reference (docs/api)', () => {
  it('is current with the manifests (`node scripts/api-docs.mjs`)', async () => {
    const pages = (await expectedPages()) as Map<string, string>;
    assert.ok(pages.size > 10, 'a page per element');
    for (const [file, text] of pages) {
      assert.ok(existsSync(file), `${file} is missing: run \`node scripts/api-docs.mjs\``);
      assert.equal(readFileSync(file, 'utf8'), text, `${file} is stale: run \`node scripts/api-docs.mjs\``);
    }
  });

  it('documents what a document element inherits from <mk-form>', async () => {
    const pages = (await expectedPages()) as Map<string, string>;
    const page = [...pages].find(([file]) => file.endsWith('mk-observation-form.md'))![1];
    for (const item of [
      '`value`',
      '`name`',
      '`autosave`',
      '`submit()`',
      '`clearDraft()`',
      '`user-role`',
      '`mk-submit`',
      '`error-summary`',
    ]) {
      assert.ok(page.includes(item), `mk-observation-form.md lists ${item}`);
    }
  });
});
