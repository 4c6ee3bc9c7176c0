// Recipe 4, Angular (docs/recipes/angular/): <mk-observation-form> used directly in a standalone
// component with CUSTOM_ELEMENTS_SCHEMA, compiled ahead of time by Angular's compiler (strict
// template checking), bound with [value] in and (change) / (mk-submit) out, and run in Chromium
// under a strict CSP without zone.js.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { bundleAngularRecipe, compileAngular } from './support/angular-aot.js';
import { launchChromium, probeCsp, watchedPage } from './support/chromium.js';
import { control, typeInto } from './support/fields.js';

const root = join(import.meta.dirname, '..', '..');
const recipe = join(root, 'docs', 'recipes', 'angular');
const example = readFileSync(join(root, 'schemas', 'examples', 'valid', 'respond-observation.record.json'), 'utf8');
const form = 'mk-observation-form';
const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

describe('recipe: Angular', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  const saved: { comments?: string; reflection?: unknown }[] = [];

  before(async () => {
    const script = await bundleAngularRecipe(recipe);
    const page = readFileSync(join(recipe, 'index.html'), 'utf8');
    server = createServer((req, res) => {
      const headers = { 'content-security-policy': strictCsp };
      if (req.url === '/main.js') return res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(script);
      if (req.url === '/api/observations/example' && req.method === 'GET')
        return res.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(example);
      if (req.url === '/api/observations/example' && req.method === 'PUT') {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          saved.push(JSON.parse(body));
          res.writeHead(204, headers).end();
        });
        return;
      }
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.closeAllConnections();
    server?.close();
  });

  it('CUSTOM_ELEMENTS_SCHEMA is what lets the compiler accept mk-* tags and their bindings', () => {
    const withoutSchema = (fileName: string, text: string) =>
      fileName.endsWith('observation-page.ts')
        ? text.replace('schemas: [CUSTOM_ELEMENTS_SCHEMA],', '').replace('CUSTOM_ELEMENTS_SCHEMA, ', '')
        : text;
    assert.throws(() => compileAngular(recipe, withoutSchema), /'mk-observation-form' is not a known element/);
    assert.ok(compileAngular(recipe).size > 0, 'the recipe itself compiles with strict templates');
  });

  it('loads the record through [value], reports (change) and (mk-submit), and saves through the API', async () => {
    const page = await watchedPage(browser);
    await page.goto(`${url}/?role=observer`);
    const observer = await page.waitForSelector(control(form, '/information/observer/name'), { timeout: 15000 });
    await page.waitForFunction((input) => (input as HTMLInputElement).value === 'Anna Berg', {}, observer);
    const reflectionReadonly = await page.$eval(
      `${form} >>> [path="/reflection/text"]`,
      (field) => field.shadowRoot!.querySelector('textarea')!.readOnly,
    );
    assert.equal(reflectionReadonly, true, '[attr.user-role] reaches the element');

    await typeInto(page, form, '/comments', ' Well paced.');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelector('p[role=status]')!.textContent === 'Unsaved changes');
    assert.equal(
      await page.$eval(control(form, '/comments'), (t) => (t as HTMLTextAreaElement).value),
      'A calm, well-prepared lesson. Well paced.',
      'binding the live record back through [value] keeps the edit',
    );

    await page.click(`${form} >>> [part=submit]`);
    await page.waitForFunction(() => document.querySelector('p[role=status]')!.textContent === 'Saved');
    assert.equal(saved.length, 1);
    assert.equal(saved[0]!.comments, 'A calm, well-prepared lesson. Well paced.');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'the AOT-compiled page runs under the strict CSP');
    assert.deepEqual(await probeCsp(page), { blocked: true, reported: true }, 'the CSP recorder sees violations');
    await page.close();
  });

  it('reports (mk-invalid) with the number of problems and saves nothing', async () => {
    const before = saved.length;
    const page = await watchedPage(browser);
    await page.goto(`${url}/?role=observer`);
    const observer = await page.waitForSelector(control(form, '/information/observer/name'), { timeout: 15000 });
    await page.waitForFunction((input) => (input as HTMLInputElement).value === 'Anna Berg', {}, observer);
    await observer!.click({ count: 3 });
    await page.keyboard.press('Backspace');
    await page.click(`${form} >>> [part=submit]`);
    await page.waitForFunction(() =>
      /^Not saved: \d+ problem\(s\) to fix$/.test(document.querySelector('p[role=status]')!.textContent ?? ''),
    );
    assert.equal(saved.length, before);
    await page.close();
  });
});
