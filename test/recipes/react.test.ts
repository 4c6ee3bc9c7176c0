// Recipe 2, React 19 (docs/recipes/react/): the page is bundled with esbuild (JSX, React's production
// build) against the built @mentorkit/react wrappers and run in Chromium under a strict CSP. Checks
// props (record, role, lang), the typed event callbacks, and that re-renders keep the user's edits.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { Browser } from 'puppeteer-core';
import { launchChromium, watchedPage } from './support/chromium.js';
import { control, typeInto } from './support/fields.js';
import { serveRecipe, type RecipeServer } from './support/recipe-server.js';

const root = join(import.meta.dirname, '..', '..');
const recipe = join(root, 'docs', 'recipes', 'react');
const form = 'mk-observation-form';

describe('recipe: React 19 with @mentorkit/react', () => {
  let browser: Browser;
  let server: RecipeServer<{ comments?: string; information?: { observer?: { name?: string } } }>;
  let url: string;
  let saved: { comments?: string; information?: { observer?: { name?: string } } }[] = [];

  before(async () => {
    const bundle = await build({
      entryPoints: [join(recipe, 'main.tsx')],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const script = bundle.outputFiles[0]!.text;
    // The page in Dutch: the `lang` prop comes from <html lang>.
    const page = readFileSync(join(recipe, 'index.html'), 'utf8').replace('<html lang="en">', '<html lang="nl">');
    server = await serveRecipe(page, script);
    url = server.url;
    saved = server.saved;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the recipe typechecks: props and event callbacks are typed (MkSubmitEvent.value, MkInvalidEvent.problems)', async () => {
    await promisify(execFile)(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(recipe, 'tsconfig.json')]).catch((error) =>
      assert.fail(`tsc: ${error.stdout}`),
    );
  });

  it('renders with props, calls onChange, onMkInvalid and onMkSubmit, and keeps edits across re-renders', async () => {
    const page = await watchedPage(browser);
    await page.goto(`${url}/?role=observer`);
    const status = () => page.$eval('p[role=status]', (p) => p.textContent);

    const observer = await page.waitForSelector(control(form, '/information/observer/name'), { timeout: 15000 });
    await page.waitForFunction((input) => (input as HTMLInputElement).value === 'Anna Berg', {}, observer);
    assert.equal(await page.$eval(`${form} >>> section h3`, (h) => h.textContent), 'Gegevens', 'lang prop: Dutch');
    const reflectionReadonly = await page.$eval(
      `${form} >>> [path="/reflection/text"]`,
      (field) => (field.shadowRoot ?? field).querySelector('textarea')!.readOnly,
    );
    assert.equal(reflectionReadonly, true, 'role prop: the observed teacher’s reflection is read-only for the observer');

    await typeInto(page, form, '/comments', ' Well paced.');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelector('p[role=status]')!.textContent === 'Unsaved changes');
    const comments = await page.$eval(control(form, '/comments'), (t) => (t as HTMLTextAreaElement).value);
    assert.equal(comments, 'A calm, well-prepared lesson. Well paced.', 'the re-render after onChange kept the edit');

    await observer!.click();
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.click(`${form} >>> [part=submit]`);
    await page.waitForFunction(() => document.querySelector('p[role=status]')!.textContent!.startsWith('Not saved'));
    assert.equal(await status(), 'Not saved: 1 problem(s) to fix');
    assert.equal(saved.length, 0);

    await typeInto(page, form, '/information/observer/name', 'Anna Berg');
    await page.click(`${form} >>> [part=submit]`);
    await page.waitForFunction(() => document.querySelector('p[role=status]')!.textContent === 'Saved');
    assert.equal(saved.length, 1);
    assert.equal(saved[0]!.comments, 'A calm, well-prepared lesson. Well paced.');
    assert.equal(saved[0]!.information?.observer?.name, 'Anna Berg');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'React’s production build runs under the strict CSP');
    await page.close();
  });
});
