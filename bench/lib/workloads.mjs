import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generatorPath, rootDir, workloadsDir } from './paths.mjs';

/** Writes the standard workloads into bench/workloads with the shared generator; returns its index. */
export function generateWorkloads(sizes) {
  if (!existsSync(generatorPath)) throw new Error(`workload generator not found at ${generatorPath}`);
  rmSync(workloadsDir, { recursive: true, force: true });
  const args = [relative(rootDir, generatorPath), `--out=${relative(rootDir, workloadsDir)}`, `--sizes=${sizes.join(',')}`];
  const result = spawnSync(process.execPath, args, { cwd: rootDir, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`workload generator failed (exit ${result.status})`);
  process.stdout.write(result.stdout);
  return JSON.parse(readFileSync(join(workloadsDir, 'index.json'), 'utf8'));
}
