import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileValidatorModule } from '../../packages/schemas/bin/lib/standalone.mjs';
import { distDir, workloadsDir } from './paths.mjs';

/** Precompiles each workload's schema, as `mentorkit compile` does, into bench/dist/validators/<id>.js. */
export async function compileValidators(workloads) {
  const outDir = join(distDir, 'validators');
  mkdirSync(outDir, { recursive: true });
  for (const { id } of workloads) {
    const { schema } = JSON.parse(readFileSync(join(workloadsDir, `${id}.json`), 'utf8'));
    writeFileSync(join(outDir, `${id}.js`), await compileValidatorModule(schema));
  }
}
