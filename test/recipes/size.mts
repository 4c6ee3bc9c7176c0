import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
for (const e of ['observation-form', 'agreement', 'rag-rubric', 'development-plan']) {
  const r = await build({ entryPoints: [`/work/main/packages/elements/src/define/${e}.ts`], bundle: true, format: 'esm', minify: true, write: false, splitting: true, outdir: '/tmp/o', conditions: ['source'], logLevel: 'silent', tsconfig: '/work/main/tsconfig.base.json' });
  const main = r.outputFiles.find(f => f.path.endsWith(`${e}.js`));
  const all = r.outputFiles.reduce((n, f) => n + gzipSync(f.text).length, 0);
  console.log(e, 'entry', (main.text.length/1024).toFixed(0), 'KB min', (gzipSync(main.text).length/1024).toFixed(1), 'KB gz; all chunks gz', (all/1024).toFixed(1));
}
