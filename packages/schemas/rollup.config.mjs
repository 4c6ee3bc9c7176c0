import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import json from '@rollup/plugin-json';
import { packageConfig } from '../../scripts/rollup-package.mjs';

const config = packageConfig(import.meta.dirname, { external: ['lit', 'tslib', '@lit/context', '@mentorkit/schemas', '@mentorkit/core'] });

const srcDir = join(import.meta.dirname, 'src');

// The generated validators and templates are plain JS with .d.ts files beside them, which the TypeScript plugin does not
// emit; copy them so dist/index.d.ts resolves.
const jsDeclarations = {
  name: 'js-declarations',
  generateBundle() {
    const files = ['validators', 'templates'].flatMap((dir) =>
      readdirSync(join(srcDir, 'generated', dir)).map((name) => `generated/${dir}/${name}`),
    );
    for (const fileName of files.filter((file) => file.endsWith('.d.ts'))) {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(join(srcDir, fileName), 'utf8') });
    }
    // Plain JS modules with their declarations beside them (the pattern engine, the schema rules).
    for (const fileName of readdirSync(srcDir).filter((file) => file.endsWith('.d.mts'))) {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(join(srcDir, fileName), 'utf8') });
    }
  },
};

export default { ...config, plugins: [json({ preferConst: true }), ...config.plugins, jsDeclarations] };
