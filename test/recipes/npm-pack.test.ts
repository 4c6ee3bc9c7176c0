// Package publishing shape: packs @mentorkit/schemas, core and elements as npm would publish them
// (`pnpm pack` rewrites workspace:* to versions), installs the tarballs into a fresh directory with
// npm, and checks that the installed packages work from their published files alone: exports and
// types resolve, the CLI validates a record in Node, and a page bundled from the installed packages
// renders <mk-observation-form> in Chromium. Needs the packages built (the gate builds first).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { launchChromium, watchedPage } from './support/chromium.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const packages = ['schemas', 'core', 'elements'] as const;
const defineSample: Record<string, string> = { schemas: '', core: 'form', elements: 'observation-form' };
const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

interface Manifest {
  name: string;
  version: string;
  types?: string;
  files?: string[];
  sideEffects?: boolean | string[];
  customElements?: string;
  exports: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
  bin?: Record<string, string>;
}

describe('published packages', () => {
  let work: string;
  let app: string;
  const tarballs: Record<string, string> = {};

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'mentorkit-pack-'));
    app = join(work, 'app');
    mkdirSync(app);
    await Promise.all(
      packages.map(async (name) => {
        const { stdout } = await run('pnpm', ['pack', '--pack-destination', work], { cwd: join(root, 'packages', name) });
        tarballs[`@mentorkit/${name}`] = `file:${stdout.trim().split('\n').pop()!.trim()}`;
      }),
    );
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'pack-check', private: true, type: 'module', dependencies: tarballs, overrides: tarballs }, null, 2),
    );
    // Offline-first: lit and the other dependencies come from npm's cache when it has them.
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
      cwd: app,
      timeout: 120_000,
    });
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  for (const name of packages) {
    it(`@mentorkit/${name}: package.json points at files that were published`, () => {
      const dir = join(app, 'node_modules', '@mentorkit', name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
      for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
        assert.doesNotMatch(range, /^workspace:/, `${dependency} was rewritten to a version`);
      }
      assert.ok(manifest.types && existsSync(join(dir, manifest.types)), `types ${manifest.types}`);
      assert.ok(!existsSync(join(dir, 'src')), 'sources are not published');
      assert.ok(!existsSync(join(dir, 'dist', 'node_modules')), 'dependencies are imported, not copied into dist');
      assert.notEqual(manifest.sideEffects, undefined, 'sideEffects is set');
      for (const [subpath, target] of Object.entries(manifest.exports)) {
        const targets = typeof target === 'string' ? { default: target } : target;
        for (const [condition, file] of Object.entries(targets)) {
          if (condition === 'source') continue; // the repository's TypeScript sources, not published
          if (file.endsWith('/*')) continue; // a folder export (`./json/*`)
          const sample = file.replace('*', subpath.startsWith('./define/') ? defineSample[name] : 'index');
          assert.ok(existsSync(join(dir, sample)), `exports["${subpath}"].${condition} → ${sample}`);
        }
      }
      if (name !== 'schemas') {
        assert.equal(manifest.customElements, 'custom-elements.json');
        const elements = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')) as { modules: unknown[] };
        assert.ok(elements.modules.length > 0, 'the manifest lists modules');
      }
    });
  }

  it('@mentorkit/schemas works in Node from the installed package: validateRecord and the mentorkit CLI', async () => {
    const record = join(root, 'schemas', 'examples', 'valid', 'respond-observation.record.json');
    const script = `import { validateRecord } from '@mentorkit/schemas';
      import { readFileSync } from 'node:fs';
      console.log(JSON.stringify(validateRecord(JSON.parse(readFileSync(${JSON.stringify(record)}, 'utf8')))));`;
    const { stdout } = await run('node', ['--input-type=module', '-e', script], { cwd: app });
    assert.equal(stdout.trim(), '[]');
    const cli = await run(join(app, 'node_modules', '.bin', 'mentorkit'), ['validate', record], { cwd: app });
    assert.match(cli.stdout + cli.stderr, /valid/i);
    const invalid = join(app, 'invalid.json');
    writeFileSync(
      invalid,
      JSON.stringify({
        schemaVersion: 1,
        kind: 'observation',
        template: { id: 'respond-observation', version: '1.0.0' },
        information: { date: 'yesterday' },
      }),
    );
    await assert.rejects(
      run(join(app, 'node_modules', '.bin', 'mentorkit'), ['validate', invalid], { cwd: app }),
      (error: { code: number; stdout: string }) => {
        assert.equal(error.code, 1);
        assert.match(error.stdout, /\/information\/date format/);
        assert.match(error.stdout, /\/information\/observer required/);
        return true;
      },
    );
  });

  it('the published .d.ts files typecheck a consumer', async () => {
    writeFileSync(
      join(app, 'consumer.ts'),
      `import '@mentorkit/elements/define/observation-form.js';
import { MkObservationForm } from '@mentorkit/elements';
import type { ObservationRecord } from '@mentorkit/schemas';
import type { MkSubmitEvent } from '@mentorkit/core';
const form: MkObservationForm = document.createElement('mk-observation-form');
form.addEventListener('mk-submit', (event: MkSubmitEvent) => console.log(event.value as ObservationRecord));
export { form };
`,
    );
    copyFileSync(join(root, 'tsconfig.base.json'), join(app, 'tsconfig.base.json'));
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        extends: './tsconfig.base.json',
        compilerOptions: { noEmit: true, customConditions: [], skipLibCheck: true },
        files: ['consumer.ts'],
      }),
    );
    await run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: app }).catch((error) => {
      assert.fail(`tsc: ${error.stdout}`);
    });
  });

  it('a page bundled from the installed packages renders <mk-observation-form> in Chromium', async () => {
    const entry = join(app, 'page.js');
    writeFileSync(entry, "import '@mentorkit/elements/define/observation-form.js';\n");
    const result = await build({ entryPoints: [entry], absWorkingDir: app, bundle: true, format: 'esm', write: false, logLevel: 'silent' });
    const bundle = result.outputFiles[0]!.text;
    assert.doesNotMatch(bundle, /\/work\/main|packages\/(core|elements|schemas)\/src/, 'nothing came from the repository');
    const page = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Pack check</title><script type="module" src="/page.js"></script></head>
<body><main><mk-observation-form template="respond-observation"></mk-observation-form></main></body></html>`;
    const server = createServer((req, res) => {
      const js = req.url === '/page.js';
      res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html', 'content-security-policy': strictCsp });
      res.end(js ? bundle : page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await launchChromium();
    try {
      const tab = await watchedPage(browser);
      await tab.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
      const heading = await tab.waitForSelector('mk-observation-form >>> header h2', { timeout: 15000 });
      // The template's own text follows the page's language too.
      assert.match((await heading!.evaluate((h) => h.textContent))!, /^Observasjonsskjema/);
      const sections = await tab.$$eval('mk-observation-form >>> section h3', (hs) => hs.map((h) => h.textContent));
      assert.deepEqual(sections.slice(0, 2), ['Informasjon', 'Observasjonspunkter'], 'the page language (nb) reaches the element');
      assert.equal(
        await tab.$$eval('mk-observation-form >>> .field[data-kind=radio]', (groups) => groups.length),
        4,
        'one rating per point',
      );
      assert.deepEqual(await tab.evaluate(() => window.cspViolations), []);
    } finally {
      await browser.close();
      server.closeAllConnections();
      server.close();
    }
  });
});
