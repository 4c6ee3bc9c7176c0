// The guide's observation page (autosave="observation-new") as someone uses it: they type long notes, the
// page reloads mid-sentence, the draft comes back with nothing lost; the notes grow with their text on
// screen; printed, every textarea shows its whole text and nothing of the screen's machinery prints.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { hostPage, screenshot, useDocsSite } from './support/browser.js';
import { byRole, control, typeInto, waitForDeep } from './support/user.js';

const heading = 'Observation form: Peer-to-peer observation';
const notes = [
  'Starter on the board.',
  'Back rows slow to begin.',
  'Questions to raised hands.',
  'Clear group roles.',
  'Exit tickets.',
  'No extension task.',
].join('\n');

/** Every textarea in the element: its height, the height its text needs, and its text. */
async function textareas(page: Page) {
  return page.$$eval('pierce/textarea', (areas) =>
    (areas as HTMLTextAreaElement[]).map((area) => ({
      label: area.labels?.[0]?.textContent?.trim() ?? area.getAttribute('aria-label') ?? '',
      height: area.clientHeight,
      needs: area.scrollHeight,
      text: area.value,
    })),
  );
}

describe('drafts and print on a plain host page', () => {
  const ctx = useDocsSite();

  it('a reload while typing brings the draft back with everything typed; textareas grow; print shows every textarea whole', async () => {
    const { page, problems } = await hostPage(ctx.browser);
    await page.goto(`${ctx.site.url}/observation.html`);
    await page.waitForSelector(byRole('heading', heading), { timeout: 15_000 });
    const before = (await textareas(page)).find((area) => area.label === 'Notes')!;

    await typeInto(page, 'Observer', 'Anna Berg');
    const box = await control(page, 'textbox', 'Notes');
    await box.click();
    for (const line of notes.split('\n')) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.type('Last words typed');

    const typed = (await textareas(page)).find((area) => area.label === 'Notes')!;
    assert.equal(typed.text, `${notes}\nLast words typed`);
    assert.ok(typed.height > before.height, `the textarea grew with its text (${before.height} → ${typed.height} px)`);
    assert.ok(typed.needs <= typed.height + 1, `on screen the whole text shows (${typed.needs} px in ${typed.height} px)`);

    // Reloaded at once, mid-sentence: no time for a pause in typing.
    await page.reload();
    await page.waitForSelector(byRole('heading', heading), { timeout: 15_000 });
    const notice = await waitForDeep(page, '[part="draft-notice"]');
    assert.match(await notice.evaluate((n) => n.textContent!), /Restored the draft/);
    const restored = (await textareas(page)).find((area) => area.label === 'Notes')!;
    assert.equal(restored.text, `${notes}\nLast words typed`, 'nothing typed is lost');
    const observer = await control(page, 'textbox', 'Observer');
    assert.equal(await observer.evaluate((input) => (input as HTMLInputElement).value), 'Anna Berg');

    await page.emulateMediaType('print');
    for (const area of await textareas(page)) {
      assert.ok(area.needs <= area.height + 1, `printed, "${area.label}" shows its whole text (${area.needs} px in ${area.height} px)`);
    }
    const printed = await page.evaluate(() => {
      const shown: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) walk(el.shadowRoot);
          const part = el.getAttribute('part') ?? '';
          if (/draft-notice|error-summary|submit/.test(part) && el.checkVisibility()) shown.push(`part ${part}`);
          if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.placeholder) {
            const color = getComputedStyle(el, '::placeholder').color;
            if (!/rgba\(.*, 0\)|transparent/.test(color)) shown.push(`placeholder "${el.placeholder}" in ${color}`);
          }
          if (el instanceof HTMLInputElement && ['date', 'time', 'datetime-local'].includes(el.type)) shown.push(`a ${el.type} picker`);
        }
      };
      walk(document);
      return shown;
    });
    assert.deepEqual(printed, [], 'the draft notice, placeholders and calendar icons do not print');
    await screenshot(page, 'observation-print');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
