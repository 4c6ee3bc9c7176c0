import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderMarkdown } from './report.mjs';
import { resultsDir, rootDir } from './paths.mjs';

/** Writes results/<date>.md, results/latest.md and results/latest.json; returns the paths written. */
export function writeResults(summary, suffix = '') {
  mkdirSync(resultsDir, { recursive: true });
  const markdown = renderMarkdown(summary);
  const files = {
    [`${summary.date.slice(0, 10)}${suffix}.md`]: markdown,
    [`latest${suffix}.md`]: markdown,
    [`latest${suffix}.json`]: JSON.stringify(summary, null, 2) + '\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(resultsDir, name), text);
  return Object.keys(files).map((name) => relative(rootDir, join(resultsDir, name)));
}
