import { readdirSync, readFileSync } from 'node:fs';
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
