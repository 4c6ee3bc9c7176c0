import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const repoDir = join(import.meta.dirname, '..', '..', '..');
export const packageDir = join(import.meta.dirname, '..');
export const schemasDir = join(repoDir, 'schemas');

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** [file name, parsed JSON] for every .json file in a folder of schemas/. */
export function jsonFiles<T = unknown>(folder: string): [string, T][] {
  const dir = join(schemasDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => [name, readJson<T>(join(dir, name))]);
}

/** The examples of a page of docs/ that show what they print: a ```js block, then "Output:" and a ```text block. */
export function examplesWithOutput(page: string): { code: string; output: string }[] {
  const doc = readFileSync(join(repoDir, 'docs', page), 'utf8');
  return [...doc.matchAll(/```js\n([\s\S]*?)```\n\nOutput:\n\n```text\n([\s\S]*?)```/g)].map(([, code, output]) => ({
    code: code!,
    output: output!,
  }));
}

/** Runs a docs example as a reader would (a module of its own, `@mentorkit/schemas` resolved to its sources) and returns what it printed. */
export function runExample(name: string, code: string): string {
  // Inside the repository, so `@mentorkit/schemas` resolves as for any user of the package (to its sources here).
  const dir = join(repoDir, 'test-results', 'doc-examples');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  return execFileSync(process.execPath, ['--conditions', 'source', '--import', 'tsx', file], {
    encoding: 'utf8',
    cwd: repoDir,
    // The page shows plain text; a terminal's colours (FORCE_COLOR outside CI) are not part of it.
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
}
