#!/usr/bin/env node
// Entry point behind `npm start`, `npm test` and `npm run bench`. Needs only Node and npm: the
// project's tools come from scripts/tools.mjs, and every step runs with them first on PATH.
import { mustRun, prepare } from './tools.mjs';

const tasks = {
  // Installs what is missing and nothing else: for working on one part (`npm run setup`, then single commands).
  setup: [],
  start: [
    ['run', 'build'],
    ['run', 'manifest'],
    ['run', 'storybook:build'],
    ['run', 'storybook:serve'],
  ],
  test: [['run', 'verify']],
  bench: [
    ['exec', 'node', 'bench/run.mjs', ...process.argv.slice(3)],
    ['exec', 'node', 'bench/load.mjs'],
    ['exec', 'node', 'bench/bundles.mjs'],
  ],
  'bench-load': [['exec', 'node', 'bench/load.mjs', ...process.argv.slice(3)]],
};

const task = process.argv[2];
if (!tasks[task]) {
  console.error(`usage: node scripts/run.mjs <${Object.keys(tasks).join('|')}>`);
  process.exit(2);
}

const { pnpm, env } = prepare();
for (const args of tasks[task]) mustRun(pnpm, args, env);
