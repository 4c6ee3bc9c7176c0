import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const rootDir = join(benchDir, '..');
export const workloadsDir = join(benchDir, 'workloads');
export const harnessDir = join(benchDir, 'harness');
export const distDir = join(benchDir, 'dist');
export const resultsDir = join(benchDir, 'results');
/** The shared workload generator: `/work/shared` sits beside the repository. */
export const generatorPath = join(rootDir, '..', 'shared', 'bench', 'gen-workloads.mjs');
