// The one place that resolves the project's own tools. A new machine has Node and npm only, so
// everything else (pnpm, Chromium) is installed here, and every child process gets an environment
// whose PATH finds the project's copies first: a script that calls `pnpm` by name runs ours.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolsDir = join(root, '.tools');
const toolsBin = join(toolsDir, 'node_modules', '.bin');
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.replace(/^pnpm@/, '');

/** The pinned pnpm in `.tools/`, installed with npm when missing. A global pnpm is never used. */
export function ensurePnpm() {
  const local = join(toolsBin, 'pnpm');
  if (versionOf(local) === pnpmVersion) return local;
  console.log(`[setup] installing pnpm ${pnpmVersion} into .tools/`);
  mustRun('npm', ['install', '--prefix', toolsDir, '--no-audit', '--no-fund', `pnpm@${pnpmVersion}`]);
  if (versionOf(local) !== pnpmVersion) fail(`[setup] pnpm ${pnpmVersion} did not install into ${toolsDir}`);
  return local;
}

/** Debian's Chromium (or CHROME_PATH), installed through apt-get when running as root. */
export function ensureChromium() {
  return ensureDebianBrowser({ name: 'Chromium', pkg: 'chromium', variable: 'CHROME_PATH', path: '/usr/bin/chromium' });
}

/** Debian's Firefox ESR (or FIREFOX_PATH), for the acceptance tests that load the browser build in Firefox. */
export function ensureFirefox() {
  return ensureDebianBrowser({ name: 'Firefox', pkg: 'firefox-esr', variable: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr' });
}

function ensureDebianBrowser({ name, pkg, variable, path }) {
  const wanted = process.env[variable] || path;
  if (existsSync(wanted)) return wanted;
  if (process.env[variable]) fail(`[setup] ${variable}=${wanted} does not exist.`);
  if (process.getuid?.() === 0) {
    console.log(`[setup] installing Debian package "${pkg}" (apt-get)`);
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', pkg],
    ]) {
      if (spawnSync('apt-get', args, { env: aptEnv, stdio: 'inherit' }).status !== 0) break;
    }
    if (existsSync(wanted)) return wanted;
  }
  fail(
    `[setup] ${name} was not found at ${path}.\n` +
      `  Install the Debian package as root:  apt-get install -y ${pkg}\n` +
      `  or point ${variable} at an existing ${name} binary:  ${variable}=/path/to/it npm test`,
  );
}

/** The environment every step runs in: the project's tools first on PATH, no browser downloads, no telemetry. */
export function toolEnv(chromePath, base = process.env, firefoxPath = base.FIREFOX_PATH) {
  const path = [toolsBin, join(root, 'node_modules', '.bin'), base.PATH ?? ''].join(delimiter);
  return {
    ...base,
    PATH: path,
    CHROME_PATH: chromePath,
    ...(firefoxPath ? { FIREFOX_PATH: firefoxPath } : {}),
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    PUPPETEER_SKIP_DOWNLOAD: '1',
    STORYBOOK_DISABLE_TELEMETRY: '1',
  };
}

/** Everything a task needs: pnpm, Chromium, the lockfile's dependencies. Returns pnpm's path and the env. */
export function prepare() {
  const env = toolEnv(ensureChromium());
  const pnpm = ensurePnpm();
  mustRun(pnpm, ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only'], env);
  return { pnpm, env };
}

export function mustRun(command, args, env = process.env) {
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

function fail(message) {
  console.error(message);
  process.exit(1);
}
