// Shared rollup configuration: every package builds src/ (tests excluded) to ESM + .d.ts +
// sourcemaps in dist/, one output module per source module so subpath exports stay cheap.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { cssLiteralsRollup } from './css-literals.mjs';

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(test|stories)\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

export function packageConfig(packageDir, { external = [] } = {}) {
  const src = join(packageDir, 'src');
  const input = Object.fromEntries(sourceFiles(src).map((file) => [relative(src, file).replace(/\.ts$/, ''), file]));
  return {
    input,
    external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
    output: {
      dir: join(packageDir, 'dist'),
      format: 'esm',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: src,
    },
    plugins: [
      nodeResolve(),
      typescript({
        tsconfig: join(packageDir, 'tsconfig.json'),
        outDir: join(packageDir, 'dist'),
        declarationDir: join(packageDir, 'dist'),
        noEmit: false,
      }),
      cssLiteralsRollup(),
    ],
  };
}
