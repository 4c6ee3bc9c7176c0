// Every ```json block in README.md and docs/ is JSON a reader can paste: it parses, and text maps in it name
// only the languages Mentorkit ships.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
// The languages of the built-in templates (every one has a title in each).
const templates = join(root, 'schemas', 'templates');
const languages = new Set(
  readdirSync(templates)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => Object.keys(JSON.parse(readFileSync(join(templates, name), 'utf8')).title)),
);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );
}

const blocks = [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))].flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/^```json\n([\s\S]*?)\n```$/gm)].map(([, code]) => ({ doc: relative(root, file), code: code! })),
);

function textMaps(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(textMaps);
  if (!value || typeof value !== 'object') return [];
  const entries = Object.values(value);
  const isMap = entries.length > 0 && entries.every((v) => typeof v === 'string') && 'en' in value;
  return isMap ? [value as Record<string, unknown>] : entries.flatMap(textMaps);
}

describe('the JSON examples in README.md and docs/', () => {
  it('are found', () => assert.ok(blocks.length >= 2, `${blocks.length} blocks`));

  blocks.forEach(({ doc, code }, index) =>
    it(`${doc} #${index + 1} parses, with text maps in shipped languages`, () => {
      const value: unknown = JSON.parse(code);
      for (const map of textMaps(value))
        for (const lang of Object.keys(map)) assert.ok(languages.has(lang), `${doc}: ${lang} is not one of ${[...languages].join(', ')}`);
    }),
  );
});
