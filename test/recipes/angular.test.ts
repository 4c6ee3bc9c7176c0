// Recipe 4, Angular (docs/recipes/angular/): <mk-observation-form> used directly in a standalone
// component with CUSTOM_ELEMENTS_SCHEMA, compiled ahead of time by Angular's compiler (strict
// template checking), bound with [value] in and (change) / (mk-submit) out, and run in Chromium
// under a strict CSP without zone.js.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { bundleAngularRecipe, compileAngular } from './support/angular-aot.js';
import { launchChromium, probeCsp, watchedPage } from './support/chromium.js';
import { control } from './support/fields.js';
import { editAndSave, openAsObserver } from './support/observation-page.js';
import { serveRecipe, type RecipeServer } from './support/recipe-server.js';

const root = join(import.meta.dirname, '..', '..');
const recipe = join(root, 'docs', 'recipes', 'angular');
const form = 'mk-observation-form';

describe('recipe: Angular', () => {
  let browser: Browser;
  let server: RecipeServer<{ comments?: string; reflection?: unknown }>;
  let url: string;
  let saved: { comments?: string; reflection?: unknown }[] = [];

  before(async () => {
    const script = await bundleAngularRecipe(recipe);
    const page = readFileSync(join(recipe, 'index.html'), 'utf8');
    server = await serveRecipe(page, script);
    url = server.url;
    saved = server.saved;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
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
    await editAndSave(page, url, saved);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'the AOT-compiled page runs under the strict CSP');
    assert.deepEqual(await probeCsp(page), { blocked: true, reported: true }, 'the CSP recorder sees violations');
    await page.close();
  });

  it('reports (mk-invalid) with the number of problems and saves nothing', async () => {
    const before = saved.length;
    const page = await watchedPage(browser);
    await openAsObserver(page, url);
    const observer = await page.waitForSelector(control(form, '/information/observer/name'));
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
