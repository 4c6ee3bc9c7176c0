import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { rootDir } from './paths.mjs';

/** What produced a result: the command line, the code and the machine. */
export async function describeRun(browser, argv, startedAt) {
  return {
    date: startedAt.toISOString(),
    command: [
      ...(process.env.BENCH_JS_FLAGS ? [`BENCH_JS_FLAGS=${JSON.stringify(process.env.BENCH_JS_FLAGS)}`] : []),
      'node',
      'bench/run.mjs',
      ...argv,
    ].join(' '),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: git(['status', '--porcelain', '--', 'packages/core', 'packages/schemas']) !== '',
    node: process.version,
    browser: await browser.version(),
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    loadAverageAtStart: loadavg()[0],
  };
}

/** The short commit hash of the working tree, with "+ changes" when Mentorkit's packages differ from it. */
export function gitCommit() {
  const dirty = git(['status', '--porcelain', '--', 'packages']) !== '';
  return `${git(['rev-parse', '--short', 'HEAD'])}${dirty ? ' + changes' : ''}`;
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: rootDir, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
