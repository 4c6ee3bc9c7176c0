import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileValidatorModule } from '../../packages/schemas/bin/lib/standalone.mjs';
import { distDir, workloadsDir } from './paths.mjs';

/**
 * Precompiles each workload's schema, as `mentorkit compile` does, into bench/dist/validators/<id>.js.
 * Returns each module's size by workload id: minified bytes and gzip -9 bytes.
 */
export async function compileValidators(workloads) {
  const outDir = join(distDir, 'validators');
  mkdirSync(outDir, { recursive: true });
  const sizes = {};
  for (const { id } of workloads) {
    const { schema } = JSON.parse(readFileSync(join(workloadsDir, `${id}.json`), 'utf8'));
    const code = await compileValidatorModule(schema);
    writeFileSync(join(outDir, `${id}.js`), code);
    sizes[id] = { minified: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
  }
  return sizes;
}
