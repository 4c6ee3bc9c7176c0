// Recipe 3, Vue 3 (docs/recipes/vue/): <mk-observation-form> used directly in a single-file
// component compiled with `isCustomElement`, bound with `:value` in and `@change` / `@mk-submit` out,
// bundled with esbuild and run in Chromium under a strict CSP.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { Browser } from 'puppeteer-core';
import { compileScript, parse } from 'vue/compiler-sfc';
// @ts-expect-error -- a plain ES module without declarations
import { isCustomElement } from '../../docs/recipes/vue/mentorkit-vue.js';
import { launchChromium, watchedPage } from './support/chromium.js';
import { control, typeInto } from './support/fields.js';
import { vueSfc } from './support/vue-sfc.js';

const root = join(import.meta.dirname, '..', '..');
const recipe = join(root, 'docs', 'recipes', 'vue');
const example = readFileSync(join(root, 'schemas', 'examples', 'valid', 'respond-observation.record.json'), 'utf8');
const form = 'mk-observation-form';
const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

describe('recipe: Vue 3', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  const saved: { comments?: string }[] = [];

  before(async () => {
    const bundle = await build({
      entryPoints: [join(recipe, 'main.js')],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      write: false,
      logLevel: 'silent',
      plugins: [vueSfc({ isCustomElement })],
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    });
    const script = bundle.outputFiles[0]!.text;
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

  it('isCustomElement makes the compiler emit mk-* tags as elements, not components to resolve', () => {
    const { descriptor } = parse(readFileSync(join(recipe, 'ObservationPage.vue'), 'utf8'));
    const compile = (options: object) =>
      compileScript(descriptor, { id: 'x', inlineTemplate: true, templateOptions: { compilerOptions: options } }).content;
    assert.match(compile({}), /resolveComponent\("mk-observation-form"\)/, 'without it Vue looks for a component');
    assert.doesNotMatch(compile({ isCustomElement }), /resolveComponent/);
  });

  it('loads the record through :value, reports @change and @mk-submit, and keeps edits across re-renders', async () => {
    const page = await watchedPage(browser);
    await page.goto(`${url}/?role=observer`);
    const observer = await page.waitForSelector(control(form, '/information/observer/name'), { timeout: 15000 });
    await page.waitForFunction((input) => (input as HTMLInputElement).value === 'Anna Berg', {}, observer);
    const reflectionReadonly = await page.$eval(
      `${form} >>> [path="/reflection/text"]`,
      (field) => field.shadowRoot!.querySelector('textarea')!.readOnly,
    );
    assert.equal(reflectionReadonly, true, ':user-role reaches the element');

    await typeInto(page, form, '/comments', ' Well paced.');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelector('p[role=status]')!.textContent === 'Unsaved changes');
    assert.equal(
      await page.$eval(control(form, '/comments'), (t) => (t as HTMLTextAreaElement).value),
      'A calm, well-prepared lesson. Well paced.',
    );

    await page.click(`${form} >>> [part=submit]`);
    await page.waitForFunction(() => document.querySelector('p[role=status]')!.textContent === 'Saved');
    assert.equal(saved.length, 1);
    assert.equal(saved[0]!.comments, 'A calm, well-prepared lesson. Well paced.');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'the precompiled templates run under the strict CSP');
    await page.close();
  });
});
