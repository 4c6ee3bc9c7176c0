import { cssLiteralsEsbuild } from '../../scripts/css-literals.mjs';

/**
 * esbuild options shared by the harness and the bundle-size build: a production browser build of the sources,
 * with their css`…` literals minified as in the packages' dist/ and the browser build (scripts/css-literals.mjs).
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
  plugins: [cssLiteralsEsbuild()],
};
