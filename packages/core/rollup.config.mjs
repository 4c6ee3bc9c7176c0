import { packageConfig } from '../../scripts/rollup-package.mjs';

export default packageConfig(import.meta.dirname, { external: ['lit', 'tslib', '@lit/context', '@mentorkit/schemas', '@mentorkit/core'] });
