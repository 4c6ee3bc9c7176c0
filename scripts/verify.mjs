#!/usr/bin/env node
// The one gate (`npm test`): format, lint, generated files, typecheck, build, manifest, Node tests,
// browser tests and the acceptance tests (test/acceptance/). Runs every step even after a failure, then
// prints `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureFirefox, ensurePnpm, root, toolEnv } from './tools.mjs';

// Run directly (`node scripts/verify.mjs`) or through `npm test`: either way the project's own tools.
const env = toolEnv(ensureChromium(), { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' }, ensureFirefox());
const pnpm = ensurePnpm();
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : findTests(path);
    return name.endsWith('.test.ts') || name.endsWith('.test.mjs') ? [path] : [];
  });
}

const nodeTests = [
  join(root, 'test', 'node'),
  join(root, 'test', 'recipes'),
  ...readdirSync(join(root, 'packages')).map((p) => join(root, 'packages', p, 'test')),
].flatMap(findTests);

const acceptanceTests = findTests(join(root, 'test', 'acceptance'));

/** node --test with TypeScript, the spec reporter on stdout and the counts in test-results/<report>. */
function nodeTestArgs(files, report) {
  return [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'test/support/node-summary-reporter.mjs')}`,
    `--test-reporter-destination=${join(results, report)}`,
    ...files,
  ];
}

const steps = [
  ['format', 'prettier', ['--check', '--log-level', 'warn', '.']],
  ['lint', 'eslint', ['--max-warnings', '0', '.']],
  ['generated files are current', 'pnpm', ['--filter', '@mentorkit/schemas', 'run', 'generate', '--check']],
  ['build', 'pnpm', ['-r', 'run', 'build']],
  ['manifest', 'pnpm', ['-r', 'run', 'manifest']],
  ['typecheck', 'tsc', ['-p', 'tsconfig.json', '--noEmit']],
  ['storybook build', 'pnpm', ['run', 'storybook:build']],
  ['node tests', 'node', nodeTestArgs(nodeTests, 'node.json'), { skip: nodeTests.length === 0 }],
  ['browser tests', 'web-test-runner', []],
  // Plain host pages (docs/getting-started.md's own) loading the browser build, driven in Chromium (and Firefox).
  ['acceptance tests', 'node', nodeTestArgs(acceptanceTests, 'acceptance.json')],
];

/** Far above any step's time on a 2-core machine under load (the browser tests take ~6 minutes idle). */
const stepTimeout = 20 * 60_000;

const failedSteps = [];
for (const [label, command, args, options = {}] of steps) {
  if (options.skip) continue;
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const bin = command === 'pnpm' ? pnpm : command === 'node' ? process.execPath : join(root, 'node_modules', '.bin', command);
  // A step that hangs (a server or browser left open after a failure) fails the run instead of holding it.
  const result = spawnSync(bin, args, { cwd: root, stdio: 'inherit', env, timeout: stepTimeout, killSignal: 'SIGKILL' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) console.log(`✔ ${label} (${seconds} s)`);
  else {
    const why = result.error?.code === 'ETIMEDOUT' ? `timed out after ${stepTimeout / 60_000} minutes` : 'failed';
    console.log(`✘ ${label} ${why} (${seconds} s)`);
    failedSteps.push(label);
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const file of ['node.json', 'browser.json', 'acceptance.json']) {
  const path = join(results, file);
  if (!existsSync(path)) continue;
  const last = readFileSync(path, 'utf8').trim().split('\n').pop();
  // No counts: the step was stopped before its reporter finished (it is already a failed step).
  if (!last) continue;
  const counts = JSON.parse(last);
  for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0;
}

console.log('');
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
if (totals.skipped) console.log(`${totals.skipped} skipped (skipped tests are not allowed)`);
const failed = totals.failed + failedSteps.length + totals.skipped;
console.log(`${totals.passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
