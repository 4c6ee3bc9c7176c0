// The site docs/getting-started.md builds, taken from the page literally: every code block that follows a
// line naming a file (`pages/observation.html`:) is written to that file, the `mentorkit compile` command
// of the page is run as written, and the page's server.mjs is started. Tests then drive the pages in
// Chromium and read what the server saved.
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

export const root = join(import.meta.dirname, '..', '..', '..');
const guide = join(root, 'docs', 'getting-started.md');

/** The files the guide names, each with the code block that follows its name. */
export function guideFiles(markdown = readFileSync(guide, 'utf8')): Map<string, string> {
  const files = new Map<string, string>();
  const named = /^`([\w./-]+)`:\n\n```\w+\n([\s\S]*?)\n```$/gm;
  for (const [, name, code] of markdown.matchAll(named)) files.set(name!, `${code}\n`);
  return files;
}

/** The shell commands of the guide's `sh` blocks (comments and blank lines left out). */
export function guideCommands(markdown = readFileSync(guide, 'utf8')): string[] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)\n```$/gm)].flatMap(([, block]) =>
    block!
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter((line) => line && !line.startsWith('#')),
  );
}

export interface Saved {
  path: string;
  record: Record<string, unknown>;
}

export interface DocsSite {
  url: string;
  dir: string;
  /** What the server logged as saved (it saves only records it found valid), in order. */
  saved: Saved[];
  /** Adds a page of the test's own to the site (beside the guide's pages). */
  addPage(name: string, html: string): void;
  close(): Promise<void>;
}

/** Writes the guide's files into a fresh folder inside the repository (so `@mentorkit/*` resolve) and starts its server. */
export async function startDocsSite(): Promise<DocsSite> {
  const dir = join(root, 'test-results', 'acceptance', `site-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  for (const [name, code] of guideFiles()) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), code);
  }
  const compile = guideCommands().find((command) => command.startsWith('npx mentorkit compile'));
  if (!compile) throw new Error('docs/getting-started.md has no `npx mentorkit compile` command');
  execSync(compile, { cwd: dir, stdio: 'pipe' });

  const server: ChildProcess = spawn(process.execPath, ['server.mjs'], { cwd: dir, env: { ...process.env, PORT: '0' } });
  const saved: Saved[] = [];
  const errors: string[] = [];
  server.stderr!.on('data', (chunk) => errors.push(String(chunk)));
  const url = await new Promise<string>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`server.mjs exited (${code}): ${errors.join('')}`)));
    createInterface({ input: server.stdout! }).on('line', (line) => {
      const listening = /^listening on (\S+)$/.exec(line);
      if (listening) resolve(listening[1]!.replace(/\/$/, ''));
      const save = /^saved (\S+) (.*)$/.exec(line);
      if (save) saved.push({ path: save[1]!, record: JSON.parse(save[2]!) });
    });
  });
  return {
    url,
    dir,
    saved,
    addPage: (name, html) => {
      mkdirSync(dirname(join(dir, 'pages', name)), { recursive: true });
      writeFileSync(join(dir, 'pages', name), html);
    },
    close: async () => {
      server.removeAllListeners('exit');
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
