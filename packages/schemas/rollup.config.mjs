import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import json from '@rollup/plugin-json';
import { packageConfig } from '../../scripts/rollup-package.mjs';

const config = packageConfig(import.meta.dirname, { external: ['lit', 'tslib', '@lit/context', '@mentorkit/schemas', '@mentorkit/core'] });
const validatorsDir = join(import.meta.dirname, 'src', 'generated', 'validators');

// The generated validators are plain JS with hand-written .d.ts files beside them, which the TypeScript
// plugin does not emit; copy them so dist/index.d.ts resolves.
const validatorDeclarations = {
  name: 'validator-declarations',
  generateBundle() {
    for (const name of readdirSync(validatorsDir).filter((file) => file.endsWith('.d.ts'))) {
      this.emitFile({ type: 'asset', fileName: `generated/validators/${name}`, source: readFileSync(join(validatorsDir, name), 'utf8') });
    }
  },
};

export default { ...config, plugins: [json({ preferConst: true }), ...config.plugins, validatorDeclarations] };
