import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rootDir } from './paths.mjs';

export const cdnDir = join(rootDir, 'packages', 'elements', 'cdn');

// The browser build is rollup output: every import is a quoted relative path, static (`import"./x.js"`,
// `from"./x.js"`) or dynamic (`import("./x.js")`).
const STATIC = /(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+)"/g;
const DYNAMIC = /\bimport\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g;

function importsOf(file, pattern) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(pattern)].map((match) => join(dirname(file), match[1]));
}

function closure(start, patterns) {
  const seen = new Set();
  const stack = [...start];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const pattern of patterns) stack.push(...importsOf(file, pattern));
  }
  return seen;
}

const gzip = (files) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);

/** Every entry of the browser build: what a page loads with its one script tag, and what loads later. */
export function measureBrowserBuild() {
  return readdirSync(cdnDir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const entry = join(cdnDir, name);
      const page = closure([entry], [STATIC]);
      const all = closure([entry], [STATIC, DYNAMIC]);
      return { entry: name, files: page.size, page: gzip(page), lazy: gzip([...all].filter((file) => !page.has(file))) };
    });
}
