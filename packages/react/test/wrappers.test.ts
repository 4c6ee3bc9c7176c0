// The wrappers in src/ are generated from the custom-elements manifests; this fails when an element,
// or one of its events, was added or changed without regenerating them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
// @ts-expect-error -- a plain ES module script without declarations
import { elementsFromManifests, expectedFiles } from '../scripts/generate.mjs';

describe('@mentorkit/react wrappers', () => {
  it('are current with the manifests (`pnpm --filter @mentorkit/react run generate`)', async () => {
    const files = (await expectedFiles()) as Map<string, string>;
    for (const [file, text] of files) {
      assert.ok(existsSync(file), `${file} is missing`);
      assert.equal(readFileSync(file, 'utf8'), text, `${file} is stale`);
    }
  });

  it('wrap every element of core and elements, with a callback per event', () => {
    const elements = elementsFromManifests() as { tag: string; events: string[] }[];
    const tags = elements.map((e) => e.tag);
    for (const tag of ['mk-form', 'mk-text-field', 'mk-observation-form', 'mk-rag-rubric']) assert.ok(tags.includes(tag), tag);
    const observation = elements.find((e) => e.tag === 'mk-observation-form')!;
    assert.deepEqual(observation.events, ['change', 'input', 'mk-invalid', 'mk-submit', 'mk-template-change']);
  });
});
