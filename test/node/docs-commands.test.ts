// The shell commands in README.md and docs/ (every ```sh block) are ones that work as written: npm scripts and
// packages exist, a script's options are options it parses, and `mentorkit` commands are run for real in a
// fresh folder (the ones that take a placeholder are checked against the CLI's own usage). A command no rule
// here knows fails the test, so a new kind of command gets a check when it is documented.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { guideFiles } from '../acceptance/support/docs-site.js';
import { rubricCohort } from '../support/cohort.js';

const root = join(import.meta.dirname, '..', '..');

interface Command {
  doc: string;
  line: string;
  words: string[];
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );
}

/** Every command of every `sh` block, a shell loop kept whole, comments left out. */
function documentedCommands(): Command[] {
  const found: Command[] = [];
  for (const file of [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))]) {
    const doc = relative(root, file);
    for (const [, block] of readFileSync(file, 'utf8').matchAll(/^```sh\n([\s\S]*?)\n```$/gm)) {
      const lines = block!
        .split('\n')
        .map((line) => line.replace(/\s+#.*$/, '').trim())
        .filter((line) => line && !line.startsWith('#'));
      for (let i = 0; i < lines.length; i++) {
        let line = lines[i]!;
        if (line.startsWith('for ')) while (!line.endsWith('done') && i + 1 < lines.length) line += `\n${lines[++i]}`;
        found.push({ doc, line, words: line.split(/\s+/) });
      }
    }
  }
  return found;
}

const commands = documentedCommands();
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

interface Workspace {
  dir: string;
  name: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const workspaces: Workspace[] = readdirSync(join(root, 'packages')).flatMap((dir) => {
  const file = join(root, 'packages', dir, 'package.json');
  return existsSync(file) ? [{ dir, ...JSON.parse(readFileSync(file, 'utf8')) }] : [];
});
const published = workspaces.filter((w) => !w.private);

/** The options a script parses with `parseArgs`: its own and those of the modules it imports relatively. */
function parsedOptions(script: string, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  if (seen.has(script)) return names;
  seen.add(script);
  const source = readFileSync(script, 'utf8');
  for (const [, options] of source.matchAll(/options:\s*\{([\s\S]*?)\n\s*\},/g))
    for (const [, name] of options!.matchAll(/^\s*'?([\w-]+)'?:\s*\{\s*type:/gm)) names.add(name!);
  for (const [, imported] of source.matchAll(/^import [^;]*? from '(\.{1,2}\/[^']+)'/gm))
    for (const name of parsedOptions(join(dirname(script), imported!), seen)) names.add(name);
  return names;
}

// `mentorkit` without a command prints its usage (to stderr, exit 1).
const help = spawnSync(process.execPath, [join(root, 'packages/schemas/bin/mentorkit.mjs'), '--help'], { encoding: 'utf8' });
const cliUsage = `${help.stdout}${help.stderr}`
  .split('\n')
  .map((line) => line.replace(/^usage:\s*|^\s+/, ''))
  .filter((line) => line.startsWith('mentorkit '));

/** The usage line of a `mentorkit` command (its first one or two words), or undefined. */
function usageOf(words: string[]): string | undefined {
  return cliUsage.find((usage) => {
    const [, first, second] = usage.split(' ');
    return words[1] === first && (second!.startsWith('<') || words[2] === second);
  });
}

const cliDir = join(root, 'test-results', `docs-commands-${process.pid}`);

describe('the shell commands in README.md and docs/', () => {
  after(() => rmSync(cliDir, { recursive: true, force: true }));

  it('are found', () => {
    assert.ok(commands.length >= 20, `${commands.length} commands`);
    assert.ok(commands.some((c) => c.doc === 'README.md' && c.line === 'npm start'));
  });

  it('run npm scripts and install packages that exist', () => {
    for (const { doc, words } of commands.filter((c) => c.words[0] === 'npm')) {
      if (words[1] === 'install') {
        const named = words.slice(2).filter((w) => !w.startsWith('-'));
        const ours = named.filter((name) => name.startsWith('@mentorkit/'));
        const wanted = new Set(
          published
            .filter((w) => ours.includes(w.name))
            .flatMap((w) => [...Object.keys(w.dependencies ?? {}), ...Object.keys(w.peerDependencies ?? {})]),
        );
        for (const name of ours)
          assert.ok(
            published.some((w) => w.name === name),
            `${doc}: ${name} is not a published package`,
          );
        // A recipe also installs what its runnable folder (docs/recipes/<name>/) imports, e.g. React's renderer.
        const recipe = doc.replace(/\.md$/, '');
        if (doc.startsWith(join('docs', 'recipes')) && existsSync(join(root, recipe)))
          for (const file of readdirSync(join(root, recipe)))
            for (const [, specifier] of readFileSync(join(root, recipe, file), 'utf8').matchAll(/from '((?:@[\w-]+\/)?[\w-]+)/g))
              wanted.add(specifier!);
        for (const name of named.filter((n) => !n.startsWith('@mentorkit/')))
          assert.ok(wanted.has(name), `${doc}: ${name} is neither a dependency of ${ours.join(', ')} nor imported by its example`);
      } else {
        assert.ok(rootPackage.scripts[words[1]!], `${doc}: npm ${words[1]} is not a script in package.json`);
      }
    }
  });

  it('run scripts that exist, with options they parse', () => {
    const scripts = commands.filter((c) => c.words[0] === 'node');
    assert.ok(scripts.length >= 10, `${scripts.length} node commands`);
    for (const { doc, line, words } of scripts) {
      const at = words.findIndex((w, i) => i > 0 && /\.m?[jt]s$/.test(w) && words[i - 1] !== '--import');
      assert.ok(at > 0, `${doc}: no script in "${line}"`);
      // The guide's own files (its server) are written from the page and run by test/acceptance.
      if (guideFiles(readFileSync(join(root, doc), 'utf8')).has(words[at]!)) continue;
      const script = join(root, words[at]!);
      assert.ok(existsSync(script), `${doc}: ${words[at]} does not exist`);
      const options = parsedOptions(script);
      for (const word of words.slice(at + 1).filter((w) => w.startsWith('--'))) {
        const name = word.slice(2).split('=')[0]!;
        assert.ok(options.has(name), `${doc}: ${words[at]} does not parse --${name} ("${line}")`);
      }
    }
  });

  it('name mentorkit commands and options the CLI has', () => {
    const cli = commands.filter((c) => /^(npx )?mentorkit /.test(c.line));
    assert.ok(cli.length >= 8, `${cli.length} mentorkit commands`);
    for (const { doc, line } of cli) {
      const words = line.replace(/^npx /, '').split(/\s+/);
      const usage = usageOf(words);
      assert.ok(usage, `${doc}: "${line}" is no command of \`mentorkit --help\``);
      for (const flag of words.filter((w) => w.startsWith('-')))
        assert.ok(usage.split(/[\s[\]]+/).includes(flag), `${doc}: ${flag} is not an option of "${usage}"`);
    }
  });

  it('run docs/exchange.md command-line examples as written, in order', () => {
    mkdirSync(cliDir, { recursive: true });
    // What the page's commands read: records of the rubric it exports.
    writeFileSync(join(cliDir, 'records.json'), JSON.stringify(rubricCohort(3)));
    const bin = join(root, 'packages/schemas/bin/mentorkit.mjs');
    const exchange = commands.filter((c) => c.doc === join('docs', 'exchange.md') && c.words[0] === 'mentorkit');
    assert.ok(exchange.length >= 5, `${exchange.length} commands`);
    for (const { line, words } of exchange) {
      execFileSync(process.execPath, [bin, ...words.slice(1)], {
        cwd: cliDir,
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0' },
      });
      const out = words[words.indexOf('-o') + 1]!;
      assert.ok(existsSync(join(cliDir, out)), `"${line}" wrote no ${out}`);
      if (out.endsWith('.json')) JSON.parse(readFileSync(join(cliDir, out), 'utf8'));
    }
    const imported = JSON.parse(readFileSync(join(cliDir, 'template.json'), 'utf8'));
    assert.equal(imported.kind, 'rubric', 'the CASE round trip gives back a rubric template');
  });

  it('install Debian packages that a project script asks for', () => {
    for (const { doc, words } of commands.filter((c) => c.words[0] === 'apt-get')) {
      const packages = words.slice(2).filter((w) => !w.startsWith('-'));
      const scripts = readdirSync(join(root, 'scripts')).map((name) => readFileSync(join(root, 'scripts', name), 'utf8'));
      for (const name of packages)
        assert.ok(
          scripts.some((s) => s.includes(name)),
          `${doc}: no script needs ${name}`,
        );
    }
  });

  it('publish every published package, each after the packages it depends on', () => {
    for (const { doc, line } of commands.filter((c) => c.words[0] === 'for')) {
      const [, list] = /^for \w+ in ([\w ]+); do/.exec(line) ?? [];
      assert.ok(list && line.includes('publish'), `${doc}: a loop that does not publish: "${line}"`);
      const order = list.split(' ').map((dir) => published.find((w) => w.dir === dir));
      assert.deepEqual(order.map((w) => w?.dir).sort(), published.map((w) => w.dir).sort(), `${doc}: publishes every package`);
      order.forEach((w, i) => {
        for (const dependency of Object.keys({ ...w!.dependencies, ...w!.peerDependencies }).filter((d) => d.startsWith('@mentorkit/')))
          assert.ok(
            order.slice(0, i).some((earlier) => earlier!.name === dependency),
            `${doc}: ${w!.name} is published before ${dependency}`,
          );
      });
    }
  });

  it('are all of a kind checked above', () => {
    const known = /^(npm|node|mentorkit|npx mentorkit|apt-get|for) /;
    for (const { doc, line } of commands) assert.match(`${line} `, known, `${doc}: nothing checks "${line}"`);
  });
});
