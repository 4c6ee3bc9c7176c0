// What a framework recipe's observation page must do with the example record, checked the same way
// for each framework: load it through the element's `value`, pass the user role on, report a change,
// keep the edit when the framework binds the live record back, and save it through the host's API.
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { control, typeInto } from './fields.js';

const form = 'mk-observation-form';
const edited = 'A calm, well-prepared lesson. Well paced.';

/** Opens the page as the observer and waits until the stored record is in the form. */
export async function openAsObserver(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/?role=observer`);
  const observer = await page.waitForSelector(control(form, '/information/observer/name'), { timeout: 15000 });
  await page.waitForFunction((input) => (input as HTMLInputElement).value === 'Anna Berg', {}, observer);
  await observer!.dispose();
}

/** The status line the recipe page shows (`<p role="status">`) reads `text`. */
export async function statusReads(page: Page, text: string): Promise<void> {
  await page.waitForFunction((expected) => document.querySelector('p[role=status]')!.textContent === expected, {}, text);
}

/** Checks the page from load to save; `saved` is what the server received. */
export async function editAndSave(page: Page, url: string, saved: { comments?: string }[]): Promise<void> {
  await openAsObserver(page, url);
  const reflectionReadonly = await page.$eval(
    `${form} >>> [path="/reflection/text"]`,
    (field) => (field.shadowRoot ?? field).querySelector('textarea')!.readOnly,
  );
  assert.equal(reflectionReadonly, true, 'the user role reaches the element: the reflection is the observed teacher’s');

  await typeInto(page, form, '/comments', ' Well paced.');
  await page.keyboard.press('Tab');
  await statusReads(page, 'Unsaved changes');
  const comments = await page.$eval(control(form, '/comments'), (t) => (t as HTMLTextAreaElement).value);
  assert.equal(comments, edited, 'binding the live record back keeps the edit');

  const before = saved.length;
  await page.click(`${form} >>> [part=submit]`);
  await statusReads(page, 'Saved');
  assert.equal(saved.length, before + 1);
  assert.equal(saved.at(-1)!.comments, edited);
}
