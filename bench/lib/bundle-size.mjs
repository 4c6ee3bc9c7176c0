import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { browserBuild } from './esbuild-options.mjs';
import { distDir, rootDir } from './paths.mjs';

export const BUNDLE_ENTRY = '@mentorkit/core/define/form.js';

/**
 * Builds an entry (by default `@mentorkit/core/define/form.js`) with Lit included and measures it. The
 * main bundle is the entry chunk plus every chunk it imports statically (what every page loads); the
 * lazy part is what only dynamic `import()`s reach (the runtime validator, the drafts store).
 */
export async function measureBundle(entryPoint = BUNDLE_ENTRY) {
  const outdir = join(distDir, 'size');
  rmSync(outdir, { recursive: true, force: true });
  const { metafile } = await build({ ...browserBuild, absWorkingDir: rootDir, entryPoints: [entryPoint], outdir, metafile: true });
  const outputs = metafile.outputs;
  // esbuild marks what an `import()` loads as an entry point too: the page's entry is the one nothing imports.
  const imported = new Set(Object.values(outputs).flatMap(({ imports }) => imports.map(({ path }) => path)));
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint && !imported.has(file));
  const main = reachable(outputs, [entry], ['import-statement']);
  const all = reachable(outputs, [entry], ['import-statement', 'dynamic-import']);
  const lazy = [...all].filter((file) => !main.has(file));
  return {
    entry: entryPoint,
    main: { files: [...main].map(shortName), ...sizes([...main]) },
    lazy: { files: lazy.map(shortName), ...sizes(lazy) },
    total: sizes([...all]),
    largestInputs: largestInputs(outputs, [...main]),
    modules: { main: inputBytes(outputs, [...main]), lazy: inputBytes(outputs, lazy) },
  };
}

function reachable(outputs, start, kinds) {
  const seen = new Set();
  const stack = [...start];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { path, kind } of outputs[file].imports) if (kinds.includes(kind) && outputs[path]) stack.push(path);
  }
  return seen;
}

function sizes(files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(join(rootDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }).length;
  }
  return { raw, gzip, brotli };
}

/** Where the main bundle's minified bytes come from, grouped by package (or source folder). */
function largestInputs(outputs, files) {
  const bySource = new Map();
  for (const file of files) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[file].inputs)) {
      const key = sourceGroup(input);
      bySource.set(key, (bySource.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...bySource].sort((a, b) => b[1] - a[1]).map(([source, bytes]) => ({ source, bytes }));
}

/** Each source file's minified bytes in the given output files, largest first (bench/bundle-modules.mjs). */
function inputBytes(outputs, files) {
  const bySource = new Map();
  for (const file of files) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[file].inputs)) {
      const source = input.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^packages\//, '');
      bySource.set(source, (bySource.get(source) ?? 0) + bytesInOutput);
    }
  }
  return [...bySource].sort((a, b) => b[1] - a[1]).map(([source, bytes]) => ({ source, bytes }));
}

function sourceGroup(input) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/.*node_modules\/\.pnpm\/[^/]+\//, ''));
  if (pkg) return pkg[1];
  const src = /packages\/([^/]+)\/src\/([^/]+)/.exec(input);
  return src ? `@mentorkit/${src[1]} ${src[2]}` : input;
}

function shortName(file) {
  return file.replace(/^.*\//, '');
}

/**
 * What each module costs the gzip of an entry's main chunk: the gzip (-9) of the chunk's files less their gzip with
 * the module's code left out, by source. Built as `measureBundle` builds, but without minified white space, so that
 * esbuild's module comments (`// packages/…`) mark where each module's code is; the figures are of that build (about a
 * third larger than the minified one), so read them as shares, not bytes of the real chunk. Largest first.
 */
export async function gzipShares(entryPoint = BUNDLE_ENTRY) {
  const outdir = join(distDir, 'size-shares');
  rmSync(outdir, { recursive: true, force: true });
  const { metafile } = await build({
    ...browserBuild,
    minify: false,
    minifySyntax: true,
    minifyIdentifiers: true,
    absWorkingDir: rootDir,
    entryPoints: [entryPoint],
    outdir,
    metafile: true,
  });
  const outputs = metafile.outputs;
  const imported = new Set(Object.values(outputs).flatMap(({ imports }) => imports.map(({ path }) => path)));
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint && !imported.has(file));
  const texts = [...reachable(outputs, [entry], ['import-statement'])].map((file) => readFileSync(join(rootDir, file), 'utf8'));
  const gzip = (text) => gzipSync(text, { level: 9 }).length;
  const whole = texts.reduce((sum, text) => sum + gzip(text), 0);
  const sections = texts.map((text) => text.split(/^(?=\/\/ (?:packages|node_modules)\/)/m));
  const bySource = new Map();
  sections.forEach((parts, file) =>
    parts.forEach((part, at) => {
      const marker = /^\/\/ (\S+)/.exec(part);
      if (!marker) return;
      const without = gzip(parts.filter((_, other) => other !== at).join(''));
      const source = marker[1].replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^packages\//, '');
      bySource.set(source, (bySource.get(source) ?? 0) + gzip(texts[file]) - without);
    }),
  );
  return { gzip: whole, shares: [...bySource].sort((a, b) => b[1] - a[1]).map(([source, bytes]) => ({ source, bytes })) };
}
