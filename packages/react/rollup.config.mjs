import { packageConfig } from '../../scripts/rollup-package.mjs';

export default packageConfig(import.meta.dirname, {
  external: ['react', '@lit/react', 'lit', '@mentorkit/core', '@mentorkit/elements', '@mentorkit/schemas'],
});
