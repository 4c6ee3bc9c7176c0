#!/usr/bin/env node
// Entry point behind `npm start`, `npm test` and `npm run bench`. Needs only Node and npm:
// installs the pinned pnpm and Debian's Chromium when missing, installs dependencies from the
// lockfile, then runs the task through pnpm.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = pkg.packageManager.replace(/^pnpm@/, '');
const toolsDir = join(root, '.tools');
const localPnpm = join(toolsDir, 'node_modules', '.bin', 'pnpm');

const tasks = {
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

const env = {
  ...process.env,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  PUPPETEER_SKIP_DOWNLOAD: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  CHROME_PATH: ensureChromium(),
};

const pnpm = ensurePnpm();
run(pnpm, ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']);
for (const args of tasks[task]) run(pnpm, args);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function versionOf(command) {
  try {
    return execFileSync(command, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function ensurePnpm() {
  if (versionOf('pnpm') === pnpmVersion) return 'pnpm';
  if (versionOf(localPnpm) === pnpmVersion) return localPnpm;
  console.log(`[setup] installing pnpm ${pnpmVersion} into .tools/`);
  run('npm', ['install', '--prefix', toolsDir, '--no-audit', '--no-fund', `pnpm@${pnpmVersion}`]);
  return localPnpm;
}

function ensureChromium() {
  const wanted = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (existsSync(wanted)) return wanted;
  if (process.env.CHROME_PATH) {
    console.error(`[setup] CHROME_PATH=${wanted} does not exist.`);
    process.exit(1);
  }
  if (process.getuid?.() === 0) {
    console.log('[setup] installing Debian package "chromium" (apt-get)');
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', 'chromium'],
    ]) {
      const result = spawnSync('apt-get', args, { env: aptEnv, stdio: 'inherit' });
      if (result.status !== 0) break;
    }
    if (existsSync(wanted)) return wanted;
  }
  console.error(
    '[setup] Chromium was not found at /usr/bin/chromium.\n' +
      '  Install the Debian package as root:  apt-get install -y chromium\n' +
      '  or point CHROME_PATH at an existing Chromium or Chrome binary:  CHROME_PATH=/path/to/chrome npm test',
  );
  process.exit(1);
}
