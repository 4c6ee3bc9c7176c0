// The browser build itself (packages/elements/cdn/): every module imports only relative paths that exist in
// the folder (no bare specifier a browser cannot resolve), and the folder works from any URL prefix: one
// <script type="module" src=".../all.js"> under a deep prefix, under the strict CSP, defines and renders
// every element.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { compileHints } from '../../scripts/compile-hints.mjs';
import { hostPage, launchChromium } from './support/browser.js';
import { root } from './support/docs-site.js';
import { until } from './support/user.js';

const cdn = join(root, 'packages', 'elements', 'cdn');
const modules = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? modules(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
const prefix = '/static/v0.1.0/vendor/mentorkit/';
const policy = "default-src 'self'; script-src 'self'; style-src 'self'";
const tags = [
  '<mk-observation-form template="respond-observation"></mk-observation-form>',
  '<mk-agreement template="respond-agreement"></mk-agreement>',
  '<mk-rag-rubric template="itt-mentor-standards-rag"></mk-rag-rubric>',
  '<mk-development-plan template="respond-development-plan"></mk-development-plan>',
  '<mk-plan-step template="respond-development-plan" step="step-3"></mk-plan-step>',
  '<mk-text-field label="Observer" name="observer"></mk-text-field>',
];

// Two forms: one plain, one whose dependency needs the chunk that builds conditions (chunks/fits-chunk-*.js).
const conditionsPage = `
const plain = { type: 'object', properties: { name: { type: 'string', title: 'Name' } } };
document.getElementById('plain').schema = plain;
document.getElementById('conditions').schema = {
  type: 'object',
  properties: { email: { type: 'string', title: 'Email' }, phone: { type: 'string', title: 'Phone' } },
  dependentSchemas: { phone: { properties: { hours: { type: 'string', title: 'Hours to call' } } } },
};
document.getElementById('conditions').value = { phone: '0123' };
`;

// Style sheets whose source holds a character outside ASCII (the map editor's '⚠', the cohort table's '▲'): a form
// that shows the map editor (a chunk loaded on first use) and a cohort summary.
const stylesPage = `
document.getElementById('map').schema = {
  type: 'object',
  properties: { labels: { type: 'object', title: 'Labels', additionalProperties: { type: 'string' } } },
};
`;

/** Every sheet adopted by every shadow root on the page (through nested roots) and how many rules each has. */
function adoptedSheets(): { host: string; rules: number }[] {
  const found: { host: string; rules: number }[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      for (const sheet of el.shadowRoot.adoptedStyleSheets) found.push({ host: el.localName, rules: sheet.cssRules.length });
      visit(el.shadowRoot);
    }
  };
  visit(document);
  return found;
}

/** A plain host page: one module of the browser build and, when given, a module of the page's own. */
const hostHtml = (title: string, module: string, body: string, own?: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="${prefix}${module}"></script>${own ? `<script type="module" src="${own}"></script>` : ''}</head><body>${body}</body></html>`;

/** The host's pages (and their modules), by path. */
const pages: Record<string, string> = {
  '/portal/pages/all.html': hostHtml('All', 'all.js', `<form method="post">${tags.join('\n')}<button>Save</button></form>`),
  '/portal/pages/conditions.js': conditionsPage,
  '/portal/pages/conditions.html': hostHtml(
    'Conditions',
    'form.js',
    '<mk-form id="plain"></mk-form><mk-form id="conditions"></mk-form>',
    '/portal/pages/conditions.js',
  ),
  '/portal/pages/styles.js': stylesPage,
  '/portal/pages/styles.html': hostHtml(
    'Styles',
    'all.js',
    '<mk-form id="map"></mk-form><mk-cohort-summary></mk-cohort-summary>',
    '/portal/pages/styles.js',
  ),
};

describe('the browser build (packages/elements/cdn/)', () => {
  let browser: Browser;
  let url: string;
  /** A chunk the server answers with 404 (a deploy that lost it, a network that dropped it). */
  let refused: RegExp | undefined;
  const server = createServer((request, response) => {
    const path = new URL(request.url!, 'http://localhost').pathname;
    if (refused?.test(path)) return response.writeHead(404).end();
    const file = path.startsWith(prefix) ? join(cdn, path.slice(prefix.length)) : undefined;
    if (file && file.startsWith(cdn) && existsSync(file)) {
      response.writeHead(200, { 'content-type': 'text/javascript', 'content-security-policy': policy });
      return response.end(readFileSync(file));
    }
    const page = pages[path];
    if (!page) return response.writeHead(404).end();
    const type = path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    response.writeHead(200, { 'content-type': type, 'content-security-policy': policy });
    response.end(page);
  });

  before(async () => {
    browser = await launchChromium();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(async () => {
    await browser?.close();
    server.closeAllConnections();
    server.close();
  });

  it('imports only relative paths that exist in the folder', () => {
    const files = modules(cdn);
    assert.ok(files.length > 8, `${files.length} modules`);
    let imports = 0;
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      // esbuild's output: import"./a.js", import{x}from"./a.js", export{x}from"./a.js", import("./a.js").
      const specifiers = [...code.matchAll(/(?:\bimport\s*\(?\s*|\}\s*from\s*|\*\s*as\s+\w+\s*from\s*)"([^"]+)"/g)].map((m) => m[1]!);
      for (const specifier of specifiers) {
        assert.match(specifier, /^\.\.?\//, `${file.slice(cdn.length)} imports "${specifier}"`);
        assert.ok(existsSync(join(dirname(file), specifier)), `${file.slice(cdn.length)}: ${specifier} exists`);
        imports++;
      }
    }
    assert.ok(imports > files.length, `the imports were found (${imports})`);
  });

  it("starts every module with V8's compile hint, so Chromium compiles it as it loads, not at a first render", () => {
    for (const file of modules(cdn)) {
      const firstLine = readFileSync(file, 'utf8').split('\n', 1)[0];
      assert.equal(firstLine, compileHints.js, file.slice(cdn.length));
    }
  });

  it(`one script tag under ${prefix} defines and renders every element, under the strict CSP`, async () => {
    const { page, problems } = await hostPage(browser);
    await page.goto(`${url}/portal/pages/all.html`);
    const rendered = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('form > *')]
          .filter((el) => el.localName.startsWith('mk-'))
          .map((el) => (el.shadowRoot?.textContent ?? '').trim().length > 0),
      );
    assert.ok(await until(async () => (await rendered()).every(Boolean), 15_000), `rendered: ${await rendered()}`);
    assert.equal((await rendered()).length, tags.length);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
  });

  it('styles what it renders: no sheet is empty, the map editor (loaded on first use) and the cohort summary among them', async () => {
    const { page, problems } = await hostPage(browser);
    await page.goto(`${url}/portal/pages/styles.html`);
    const mapAdd = () =>
      page.evaluate(() => {
        const add = document.getElementById('map')!.shadowRoot?.querySelector('.map-add');
        return add ? getComputedStyle(add).display : undefined;
      });
    assert.ok(await until(async () => (await mapAdd()) !== undefined, 15_000), 'the map editor rendered');
    // A sheet Chromium could not parse has no rules: before the fix, the minifier wrote '⚠' as a CSS escape that a
    // template literal cannot hold, and the whole sheet of the map editor and of the cohort summary was lost.
    assert.equal(await mapAdd(), 'flex', "the map editor's own styles apply");
    const sheets = await page.evaluate(adoptedSheets);
    assert.ok(
      sheets.some((sheet) => sheet.host === 'mk-cohort-summary'),
      JSON.stringify(sheets),
    );
    assert.deepEqual(
      sheets.filter((sheet) => sheet.rules === 0),
      [],
    );
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
  });

  it("renders a condition's fields with the form, from the chunk that builds them, under the strict CSP", async () => {
    const { page, problems } = await hostPage(browser);
    await page.goto(`${url}/portal/pages/conditions.html`);
    const text = (id: string) => page.evaluate((id) => document.getElementById(id)!.shadowRoot?.textContent ?? '', id);
    assert.ok(await until(async () => (await text('conditions')).includes('Hours to call'), 15_000), await text('conditions'));
    assert.match(await text('plain'), /Name/);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
  });

  it('a form whose chunk cannot be fetched says it cannot be shown; a form that needs none renders', async () => {
    refused = /\/chunks\/fits-chunk-[^/]*\.js$/;
    try {
      const { page, problems } = await hostPage(browser);
      await page.goto(`${url}/portal/pages/conditions.html`);
      const text = (id: string) => page.evaluate((id) => document.getElementById(id)!.shadowRoot?.textContent ?? '', id);
      assert.ok(
        await until(async () => (await text('conditions')).includes('This form cannot be shown'), 15_000),
        await text('conditions'),
      );
      assert.match(await text('conditions'), /The code for conditions, alternatives and references is not loaded/);
      assert.doesNotMatch(await text('conditions'), /Phone/, 'not half a form');
      assert.equal(
        await page.evaluate(() => document.getElementById('conditions')!.shadowRoot!.querySelector('[role=alert]') !== null),
        true,
      );
      assert.match(await text('plain'), /Name/);
      assert.ok(
        problems.some((problem) => /404: .*fits-chunk/.test(problem)),
        problems.join('\n'),
      );
      assert.deepEqual(
        problems.filter((problem) => !/fits-chunk/.test(problem)),
        [],
        'nothing else went wrong (no uncaught error)',
      );
    } finally {
      refused = undefined;
    }
  });
});
