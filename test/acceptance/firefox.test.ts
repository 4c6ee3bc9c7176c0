// The guide's host pages in Firefox, where the Chromium tests cannot look: every field must show its box
// and readable text in the light theme, with the OS in dark mode and under the page's own theme class, and a
// record must go from real key presses through the host page's own Save button to the server. (Firefox has no
// `:host-context()`: a selector list that named it once dropped the whole light theme there, and every text
// box lost its border; the theme classes now reach the elements by inherited properties.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { screenshot } from './support/browser.js';
import { lowContrast } from './support/contrast.js';
import { startDocsSite, type DocsSite } from './support/docs-site.js';
import { buttonByText, byLabel, firefoxPage, launchFirefox } from './support/firefox.js';
import { focused, summaryLink, summaryLinks, until } from './support/user.js';

const white = 'rgb(255, 255, 255)';
const dark = 'rgb(22, 25, 29)';

const pages = [
  { name: 'observation', tag: 'mk-observation-form', label: 'Observer' },
  { name: 'agreement', tag: 'mk-agreement', label: 'Name' },
  { name: 'rubric', tag: 'mk-rag-rubric', label: 'School or organisation' },
  { name: 'plan', tag: 'mk-development-plan', label: 'Organization' },
  { name: 'school-visit', tag: 'mk-form', label: 'School' },
];

/** The text boxes, selects and text areas shown under `tag` whose box cannot be seen (no border, or a transparent one). */
async function controlsWithoutBox(page: Page, tag: string): Promise<{ measured: number; without: string[] }> {
  return page.evaluate((tag) => {
    const controls: HTMLElement[] = [];
    const visit = (root: Document | ShadowRoot) => {
      controls.push(...root.querySelectorAll<HTMLElement>('input:not([type=checkbox]):not([type=radio]), textarea, select'));
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    for (const host of document.querySelectorAll(tag)) visit(host.shadowRoot!);
    const shown = controls.filter((c) => c.checkVisibility() && !c.hasAttribute('readonly'));
    const without = shown.filter((c) => {
      const style = getComputedStyle(c);
      const transparent = /rgba\(.*,\s*0\)$|transparent/.test(style.borderBottomColor);
      return parseFloat(style.borderBottomWidth) < 1 || style.borderBottomStyle === 'none' || transparent;
    });
    return { measured: shown.length, without: without.map((c) => c.id || c.localName) };
  }, tag);
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`the guide's pages in Firefox, ${colorScheme === 'dark' ? 'the OS in dark mode' : 'light'}`, () => {
    let browser: Browser;
    let site: DocsSite;
    before(async () => {
      browser = await launchFirefox(colorScheme);
      site = await startDocsSite();
    });
    after(async () => {
      await browser?.close();
      await site?.close();
    });

    // The OS's mode, then the page's own theme switch: a class on <body> that wins over it.
    const themes = [
      { name: colorScheme, surface: colorScheme === 'dark' ? dark : white },
      ...(colorScheme === 'dark'
        ? [{ name: 'class-light', bodyClass: 'mk-theme-light', surface: white }]
        : [
            { name: 'class-dark', bodyClass: 'mk-theme-dark', surface: dark },
            { name: 'class-high-contrast', bodyClass: 'mk-theme-high-contrast', surface: 'rgb(0, 0, 0)' },
          ]),
    ];
    for (const { name, tag, label } of pages) {
      it(`${name}.html: every field shows its box, and every text reaches AA contrast (${themes.map((t) => t.name).join(', ')})`, async () => {
        const { page, problems } = await firefoxPage(browser);
        await page.goto(`${site.url}/${name}.html`);
        await byLabel(page, label);
        for (const theme of themes) {
          await page.evaluate((bodyClass) => (document.body.className = bodyClass ?? ''), theme.bodyClass);
          const surface = await page.$eval(tag, (el) => getComputedStyle(el).backgroundColor);
          assert.equal(surface, theme.surface, `${theme.name}: the element's surface`);
          const boxes = await controlsWithoutBox(page, tag);
          assert.ok(boxes.measured >= 2, `controls were measured (${boxes.measured})`);
          assert.deepEqual(boxes.without, [], `${theme.name}: text boxes without a visible border`);
          const { measured, failures } = await lowContrast(page, tag);
          assert.ok(measured > 10, `texts were measured (${measured})`);
          assert.deepEqual(failures, [], `${theme.name}: text below AA contrast`);
          if (name === 'observation' || theme.name === colorScheme) await screenshot(page, `firefox-${name}-${theme.name}`);
        }
        assert.deepEqual(problems, []);
        await page.close();
      });
    }

    if (colorScheme === 'light') {
      it('rubric.html: a rating is chosen with a click and moved with the arrow keys, and the counts follow', async () => {
        const { page, problems } = await firefoxPage(browser);
        await page.goto(`${site.url}/rubric.html`);
        // The overall counts, the first line of its kind in the rubric (through shadow roots).
        const counts = () =>
          page.evaluate(() => {
            const texts: string[] = [];
            const visit = (root: ShadowRoot) => {
              texts.push(root.textContent ?? '');
              for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
            };
            visit(document.querySelector('mk-rag-rubric')!.shadowRoot!);
            return /Red \d+ · Amber \d+ · Green \d+ · Not rated \d+/.exec(texts.join(' '))?.[0];
          });
        const red = await byLabel(page, 'Red');
        assert.equal(await counts(), 'Red 0 · Amber 0 · Green 0 · Not rated 21');
        await red.click();
        assert.ok(await until(async () => (await counts()) === 'Red 1 · Amber 0 · Green 0 · Not rated 20'), 'one criterion rated red');
        await page.keyboard.press('ArrowRight');
        assert.ok(
          await until(async () => (await counts()) === 'Red 0 · Amber 1 · Green 0 · Not rated 20'),
          'the arrow key moved it to amber',
        );
        const amber = await byLabel(page, 'Amber');
        assert.equal(
          await amber.evaluate(
            (radio) => (radio as HTMLInputElement).checked && radio === (radio.getRootNode() as ShadowRoot).activeElement,
          ),
          true,
        );
        assert.deepEqual(problems, []);
        await page.close();
      });

      it('school-visit.html: typed with real keys, saved with the host’s own button, blocked while an item is empty', async () => {
        const { page, problems } = await firefoxPage(browser);
        await page.goto(`${site.url}/school-visit.html`);
        await (await byLabel(page, 'School')).click();
        await page.keyboard.type('Lakeside School');
        await (await byLabel(page, 'Date of the visit')).click();
        await page.keyboard.type('09182025');
        await (await buttonByText(page, '+ Add Follow-up')).click();
        await byLabel(page, 'Follow-up');

        await page.click('form > button');
        assert.ok(await until(async () => (await summaryLinks(page)).length === 1), 'one problem: the empty follow-up');
        assert.equal(site.saved.length, 0, 'nothing was saved');
        await (await summaryLink(page, 'Follow-up: Please fill in this field.')).click();
        const now = await focused(page);
        assert.equal(now.label, 'Follow-up', 'the summary’s link takes the focus to the empty item');
        assert.match(now.message, /Please fill in this field\.$/, 'the empty item says what to do');
        await page.keyboard.type('Observe the year 9 maths lesson');

        await Promise.all([page.waitForNavigation({ timeout: 15_000 }), page.click('form > button')]);
        assert.equal(await page.title(), 'Saved');
        assert.deepEqual(site.saved.at(-1), {
          path: '/visits',
          record: { school: 'Lakeside School', date: '2025-09-18', followUps: ['Observe the year 9 maths lesson'] },
        });
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  });
}
