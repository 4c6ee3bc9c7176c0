// A browser test whose failed assertion holds a DOM node (`expect(el).to.equal(null)`) used to report nothing until
// web-test-runner's timeout, minutes later, with the browser disconnected; test/support/readable-failures.ts makes it
// fail at once with the node described. This runs the project's browser-test setup on such a test.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { it } from 'node:test';
import { stripVTControlCharacters } from 'node:util';

const root = join(import.meta.dirname, '../..');
/** Far above the ~8 s the fixture takes; without the setup it would take web-test-runner's 5 minutes. */
const limit = 90_000;

/** The process groups of `pid`'s children: a browser puppeteer launches leads a group of its own. */
function childGroups(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** Runs web-test-runner on the fixture; on `limit` kills it and its browser. Output without colours (CI has them). */
function runFixture(): Promise<{ status: number | null; output: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(
      join(root, 'node_modules/.bin/web-test-runner'),
      ['--config', 'test/node/fixtures/fails-on-a-node.config.mjs', '--static-logging'],
      { cwd: root, detached: true },
    );
    let output = '';
    let killed = false;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      killed = true;
      for (const group of [...childGroups(child.pid!), child.pid!]) {
        try {
          process.kill(-group, 'SIGKILL');
        } catch {
          // not a group leader, or gone already
        }
      }
    }, limit);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output: stripVTControlCharacters(output), killed });
    });
  });
}

it('a failed assertion on a DOM node fails at once, with the node described', async () => {
  const { status, output, killed } = await runFixture();
  assert.equal(killed, false, `web-test-runner had not reported after ${limit / 1000} s:\n${output}`);
  assert.notEqual(status, 0, output);
  assert.match(output, /AssertionError: expected <p>Observation notes<\/p> to equal null/);
  assert.match(output, /0 passed, 1 failed/);
});
