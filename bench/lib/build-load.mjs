import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { browserBuild } from './esbuild-options.mjs';
import { benchDir, distDir, rootDir } from './paths.mjs';

/**
 * Bundles the load benchmark's page into bench/dist/load/load.js, the same production build as the harness;
 * `names` keeps function names and whitespace (for profiles).
 */
export async function buildLoadPage({ names = false } = {}) {
  const outdir = join(distDir, 'load');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    ...browserBuild,
    absWorkingDir: rootDir,
    entryPoints: { load: join(benchDir, 'load', 'load-page.mjs') },
    outdir,
    ...(names && { minify: false, minifySyntax: true, keepNames: true }),
  });
}
