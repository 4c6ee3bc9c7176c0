import { packageConfig } from '../../scripts/rollup-package.mjs';

// Dependencies stay imports (consumers install them); bundled, they landed in dist/node_modules/.pnpm/….
export default packageConfig(import.meta.dirname, {
  external: ['lit', 'tslib', '@lit/context', '@mentorkit/schemas', '@mentorkit/core', 'idb', '@cfworker/json-schema'],
});
