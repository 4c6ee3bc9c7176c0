// Fills Mentorkit fields inside a document element's shadow DOM the way a person would: click into
// the native control and type (dates through the native setter plus `input`, since a date input's
// keyboard order depends on the browser's locale).
import type { Page } from 'puppeteer-core';

export function control(host: string, path: string): string {
  return `${host} >>> [path="${path}"] >>> input, ${host} >>> [path="${path}"] >>> textarea`;
}

export async function typeInto(page: Page, host: string, path: string, text: string): Promise<void> {
  const handle = await page.waitForSelector(control(host, path));
  await handle!.click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
  await handle!.dispose();
}

export async function setDate(page: Page, host: string, path: string, date: string): Promise<void> {
  const handle = await page.waitForSelector(`${host} >>> [path="${path}"] >>> input`);
  await handle!.evaluate((input, value) => {
    (input as HTMLInputElement).value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, date);
  await handle!.dispose();
}

/** Picks a level of a rating scale by clicking its label. */
export async function chooseOption(page: Page, host: string, path: string, label: string): Promise<void> {
  const options = await page.$$(`${host} >>> [path="${path}"] >>> label.option`);
  for (const option of options) {
    const text = await option.evaluate((l) => l.textContent ?? '');
    if (text.includes(label)) {
      await option.click();
      return;
    }
  }
  throw new Error(`No option "${label}" at ${path}`);
}

/** Waits until the element rendered the field at `path` (its module loaded and its template resolved). */
export async function rendered(page: Page, host: string, path: string): Promise<void> {
  await page.waitForSelector(`${host} >>> [path="${path}"]`, { timeout: 15000 });
}
