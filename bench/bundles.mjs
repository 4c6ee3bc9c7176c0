#!/usr/bin/env node
// Bundle sizes of every element a page can load on its own: each `define/*.js` entry of @mentorkit/core and
// @mentorkit/elements, built as a page's bundler would (production ESM, Lit included, minified, code
// splitting). Writes bench/results/bundles-latest.md. node bench/bundles.mjs. See docs/benchmarks.md.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { measureBundle } from './lib/bundle-size.mjs';
import { measureBrowserBuild } from './lib/cdn-size.mjs';
import { gitCommit } from './lib/environment.mjs';
import { resultsDir, rootDir } from './lib/paths.mjs';
import { table } from './lib/report.mjs';

const entries = ['core', 'elements'].flatMap((pkg) =>
  readdirSync(join(rootDir, 'packages', pkg, 'src', 'define'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `@mentorkit/${pkg}/define/${file.replace(/\.ts$/, '.js')}`),
);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [];
for (const entry of entries) {
  const { main, lazy, total, largestInputs } = await measureBundle(entry);
  const largest = largestInputs
    .slice(0, 3)
    .map(({ source, bytes }) => `${source} ${kb(bytes)}`)
    .join('; ');
  rows.push([`\`${entry}\``, kb(main.gzip), kb(lazy.gzip), kb(total.gzip), kb(main.raw), largest]);
  console.log(`${entry}: ${kb(main.gzip)} gzip on every page, ${kb(total.gzip)} with lazy chunks`);
}

// The browser build as shipped (packages/elements/cdn/, built by `pnpm -r run build`): what one script tag
// loads, file by file, as a page without a bundler fetches it.
const cdnRows = measureBrowserBuild().map(({ entry, files, page, lazy }) => {
  console.log(`cdn/${entry}: ${kb(page)} gzip in ${files} files, ${kb(lazy)} lazy`);
  return [`\`cdn/${entry}\``, String(files), kb(page), kb(lazy), kb(page + lazy)];
});

const markdown = [
  '# Element bundle sizes',
  '',
  `Command: \`node bench/bundles.mjs\` · commit ${gitCommit()} · ${new Date().toISOString()}`,
  '',
  'Each entry built alone with esbuild (production ESM, Lit included, minified, code splitting); gzip -9.',
  '"every page" is the entry chunk and what it imports statically; "lazy" is what only `import()` reaches',
  '(the run-time JSON Schema validator and the drafts store).',
  '',
  table(['entry', 'every page (gzip)', 'lazy (gzip)', 'total (gzip)', 'every page (minified)', 'largest sources (minified)'], rows),
  '',
  '## Browser build (`packages/elements/cdn/`)',
  '',
  'What one `<script type="module" src>` loads from the shipped browser build: the entry and the chunks it imports',
  'statically (each file gzipped on its own, as a server sends them), and what only `import()` reaches later.',
  '',
  table(['entry', 'files on load', 'on load (gzip)', 'lazy (gzip)', 'total (gzip)'], cdnRows),
  '',
].join('\n');
mkdirSync(resultsDir, { recursive: true });
const out = join(resultsDir, 'bundles-latest.md');
writeFileSync(out, markdown);
console.log(`wrote ${relative(rootDir, out)}`);
