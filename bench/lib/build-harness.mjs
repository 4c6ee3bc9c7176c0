import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { browserBuild } from './esbuild-options.mjs';
import { distDir, harnessDir, rootDir } from './paths.mjs';

/**
 * Bundles one browser script per renderer into bench/dist/harness/<renderer>.js. `names` keeps function
 * names and whitespace (for profiles; the code is otherwise the same production build); `compileHints: false`
 * leaves out V8's compile hint (as an application's bundle without a banner has it).
 */
export async function buildHarness({ names = false, compileHints = true } = {}) {
  const outdir = join(distDir, 'harness');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    ...browserBuild,
    absWorkingDir: rootDir,
    entryPoints: {
      static: join(harnessDir, 'static-page.mjs'),
      'mk-form': join(harnessDir, 'mk-form-page.mjs'),
      'lit-form': join(harnessDir, 'lit-form-page.mjs'),
      rjsf: join(harnessDir, 'rjsf-page.mjs'),
    },
    // React picks its production build from NODE_ENV.
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir,
    ...(!compileHints && { banner: {} }),
    ...(names && { minify: false, minifySyntax: true, keepNames: true }),
  });
}
