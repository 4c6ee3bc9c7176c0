import { compileHints } from '../../scripts/compile-hints.mjs';
import { cssLiteralsEsbuild } from '../../scripts/css-literals.mjs';

/**
 * esbuild options shared by the harness and the bundle-size build: a production browser build of the sources,
 * with their css`…` literals minified as in the packages' dist/ and the browser build (scripts/css-literals.mjs), and
 * V8's compile hint at the top of every file as in the browser build (scripts/compile-hints.mjs).
 */
export const browserBuild = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  splitting: true,
  // `source` resolves workspace packages to their TypeScript sources; `production` drops Lit's dev mode.
  conditions: ['production', 'source', 'browser'],
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  logLevel: 'warning',
  legalComments: 'none',
  banner: compileHints,
  plugins: [cssLiteralsEsbuild()],
};
