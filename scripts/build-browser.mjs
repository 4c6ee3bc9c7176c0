#!/usr/bin/env node
// The browser build (packages/elements/cdn/): one self-contained ES module per element and all.js, which
// defines every element, for pages without a bundler or import map. Lit and every other dependency are
// bundled in production mode and minified. Code shared between entries and what loads lazily (each kind's
// validators, the drafts store, the run-time validator) are chunks in cdn/chunks/, imported by relative
// path, so the folder works from any URL prefix. Models: Web Awesome's and Shoelace's CDN builds.
//
// esbuild, not rollup: rollup 4.68 tree-shook the run-time validator's module down to an empty namespace
// (`import(…).then(({ createRuntimeValidator }) => …)` inside a private method), which broke <mk-form>.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { compileHints } from './compile-hints.mjs';
import { cssLiteralsEsbuild } from './css-literals.mjs';
import { root } from './tools.mjs';

const packagesDir = join(root, 'packages');
const outdir = join(packagesDir, 'elements', 'cdn');

// Entries: every document element's `define/*.ts`, elements' all.ts, and core's form.ts (<mk-form>). The field
// elements for use on their own are in all.js, not entries of their own: each entry more splits the shared code
// into more, smaller chunks (18 entries: 39 requests and 51 KB gzip for <mk-observation-form>; these 8: 11
// requests and 40 KB; a ninth, fields.js, cost each document element 3 more files and 1.1 KB).
const defineDir = (name) => join(packagesDir, name, 'src', 'define');
const entryPoints = {
  form: join(defineDir('core'), 'form.ts'),
  ...Object.fromEntries(
    readdirSync(defineDir('elements'))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [file.replace(/\.ts$/, ''), join(defineDir('elements'), file)]),
  ),
};

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints,
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  // `source`: the workspace packages' TypeScript sources; `production`: Lit without its dev mode.
  conditions: ['production', 'source', 'browser'],
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  legalComments: 'none',
  // Functions compiled as each file streams in, not on their first call (see compile-hints.mjs).
  banner: compileHints,
  logLevel: 'warning',
  plugins: [cssLiteralsEsbuild()],
});
