// Recipe 3, Vue 3 (docs/recipes/vue/): <mk-observation-form> used directly in a single-file
// component compiled with `isCustomElement`, bound with `:value` in and `@change` / `@mk-submit` out,
// bundled with esbuild and run in Chromium under a strict CSP.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { Browser } from 'puppeteer-core';
import { compileScript, parse } from 'vue/compiler-sfc';
// @ts-expect-error -- a plain ES module without declarations
import { isCustomElement } from '../../docs/recipes/vue/mentorkit-vue.js';
import { launchChromium, watchedPage } from './support/chromium.js';
import { editAndSave } from './support/observation-page.js';
import { serveRecipe, type RecipeServer } from './support/recipe-server.js';
import { vueSfc } from './support/vue-sfc.js';

const root = join(import.meta.dirname, '..', '..');
const recipe = join(root, 'docs', 'recipes', 'vue');

describe('recipe: Vue 3', () => {
  let browser: Browser;
  let server: RecipeServer<{ comments?: string }>;
  let url: string;
  let saved: { comments?: string }[] = [];

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
    server = await serveRecipe(page, script);
    url = server.url;
    saved = server.saved;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
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
    await editAndSave(page, url, saved);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'the precompiled templates run under the strict CSP');
    await page.close();
  });
});
