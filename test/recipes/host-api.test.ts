// Recipe 6, saving and loading through the host's own API (docs/recipes/host-api/): the page loads
// a record into `value`, listens to `change` and `mk-submit`, PUTs the record, and clears the
// autosaved draft once the host stored it; the host validates with the JSON Schema and the package.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { startHost } from '../../docs/recipes/host-api/server.mjs';
import { launchChromium, watchedPage } from './support/chromium.js';
import { control, typeInto } from './support/fields.js';

const form = 'mk-observation-form';
const example = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/examples/valid/respond-observation.record.json'), 'utf8'));

/** Polls a condition in Node (for state the page keeps asynchronously, such as IndexedDB). */
async function until(condition: () => Promise<boolean>, what: string, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The draft the form keeps in IndexedDB under `key` (null when there is none). */
function draft(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('mentorkit-drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('drafts').objectStore('drafts').get(key);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result?.value ?? null);
          };
        };
      }),
    key,
  );
}

describe('recipe: saving and loading through the host’s API', () => {
  let browser: Browser;
  let host: Awaited<ReturnType<typeof startHost>>;

  before(async () => {
    // One after the other: when the host fails to start, the browser is already ours to close (else the run hangs).
    browser = await launchChromium();
    host = await startHost({ initial: { 'obs-1': example } });
  });
  after(async () => {
    await browser?.close();
    await host?.close();
  });

  it('loads the stored record, keeps a draft while editing, saves on submit and then clears the draft', async () => {
    const page = await watchedPage(browser);
    await page.goto(`${host.url}/?id=obs-1`);
    const observer = await page.waitForSelector(control(form, '/information/observer/name'), { timeout: 15000 });
    await page.waitForFunction((input) => (input as HTMLInputElement).value === 'Anna Berg', {}, observer);

    await typeInto(page, form, '/comments', ' Well paced.');
    await page.keyboard.press('Tab'); // commits the change
    await page.waitForFunction(() => document.getElementById('save-status')!.textContent === 'Unsaved changes');
    await until(async () => (await draft(page, 'observation-obs-1')) !== null, 'the draft was saved');
    const drafted = (await draft(page, 'observation-obs-1')) as { comments: string };
    assert.equal(drafted.comments, 'A calm, well-prepared lesson. Well paced.');

    await page.click(`${form} >>> [part=submit]`);
    await page.waitForFunction(() => document.getElementById('save-status')!.textContent === 'Saved');
    const saved = host.records.get('obs-1')!;
    assert.equal(saved.comments, 'A calm, well-prepared lesson. Well paced.');
    assert.equal(saved.information?.observer?.name, 'Anna Berg');
    assert.notEqual(saved.updatedAt, example.updatedAt, 'the host stamped its save');
    assert.equal(await draft(page, 'observation-obs-1'), null, 'the draft was cleared after saving');
    assert.equal(await page.$eval(form, (el) => (el as HTMLElement & { value: { updatedAt: string } }).value.updatedAt), saved.updatedAt);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    await page.close();
  });

  it('the host refuses an invalid record with errors from the JSON Schema and from the package', async () => {
    const record = { ...structuredClone(example), ratings: { 'point-1': { level: 'excellent' } }, unknown: true };
    const response = await fetch(`${host.url}/api/observations/obs-2`, { method: 'PUT', body: JSON.stringify(record) });
    assert.equal(response.status, 422);
    const { errors, bySchema } = (await response.json()) as {
      errors: { pointer: string; keyword: string; key: string; params: object }[];
      bySchema: { pointer: string; keyword: string }[];
    };
    assert.ok(
      bySchema.some((e) => e.keyword === 'additionalProperties'),
      'the JSON Schema alone rejects the unknown property',
    );
    assert.ok(
      errors.some((e) => e.pointer === '/ratings/point-1/level' && e.key === 'unknownLevel'),
      'the package rejects a level the template does not have',
    );
    assert.ok(
      errors.every((e) => typeof e.key === 'string' && typeof e.params === 'object'),
      'one error shape',
    );
    assert.equal(host.records.has('obs-2'), false);
  });
});
