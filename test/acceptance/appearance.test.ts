// How the guide's pages look on a plain white host page, measured rather than assumed: text contrast (WCAG AA,
// from computed styles) with the OS in dark mode, with forced colours (light and dark system themes) and with
// the theme classes docs/theming.md offers; and a phone-width viewport. Screenshots: test-results/acceptance/.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { hostPage, screenshot, useDocsSite } from './support/browser.js';
import { lowContrast } from './support/contrast.js';
import { byRole, waitForDeep } from './support/user.js';

// `saves`: nothing is required, so Save goes through (the other pages show their problems).
const pages: { name: string; tag: string; heading: string; saves?: boolean }[] = [
  { name: 'observation', tag: 'mk-observation-form', heading: 'Observation form: Peer-to-peer observation' },
  { name: 'agreement', tag: 'mk-agreement', heading: 'Mentoring agreement' },
  {
    name: 'rubric',
    tag: 'mk-rag-rubric',
    saves: true,
    heading: 'National Standards for School-Based Initial Teacher Training (ITT) Mentors: RAG self-assessment',
  },
  { name: 'plan', tag: 'mk-development-plan', heading: 'Development plan' },
  { name: 'school-visit', tag: 'mk-form', heading: 'School visit' },
];

/** Each way a theme reaches the element: the OS (media features) or a class the host puts on <body>. */
const themes: { name: string; media: { name: string; value: string }[]; bodyClass?: string }[] = [
  { name: 'light', media: [] },
  { name: 'os-dark', media: [{ name: 'prefers-color-scheme', value: 'dark' }] },
  { name: 'forced-colors', media: [{ name: 'forced-colors', value: 'active' }] },
  {
    name: 'forced-colors-dark',
    media: [
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-color-scheme', value: 'dark' },
    ],
  },
  { name: 'class-dark', media: [], bodyClass: 'mk-theme-dark' },
  { name: 'class-high-contrast', media: [], bodyClass: 'mk-theme-high-contrast' },
];

async function open(page: Page, url: string, heading: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector(byRole('heading', heading), { timeout: 15_000 });
}

describe('appearance on a plain white host page', () => {
  const ctx = useDocsSite();

  for (const { name, tag, heading, saves } of pages) {
    it(`${name}.html: every text reaches AA contrast in ${themes.map((t) => t.name).join(', ')}`, async () => {
      const { page, problems } = await hostPage(ctx.browser);
      await open(page, `${ctx.site.url}/${name}.html`, heading);
      if (!saves) {
        // After a save attempt, so the error summary and the fields' messages are measured too.
        await page.click('form > button');
        await waitForDeep(page, '[part="error-summary"] a');
      }
      for (const theme of themes) {
        await page.emulateMediaFeatures(theme.media);
        await page.evaluate((bodyClass) => (document.body.className = bodyClass ?? ''), theme.bodyClass);
        const { measured, failures } = await lowContrast(page, tag);
        assert.ok(measured > 10, `${theme.name}: texts were measured (${measured})`);
        assert.deepEqual(failures, [], `${name}, ${theme.name}: text below AA contrast`);
        if (name === 'observation' && theme.name !== 'light') await screenshot(page, `${name}-${theme.name}`);
      }
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  for (const { name, tag, heading } of pages) {
    it(`${name}.html at phone width (375 px): nothing wider than the screen`, async () => {
      const { page, problems } = await hostPage(ctx.browser, { width: 375, height: 740 });
      await open(page, `${ctx.site.url}/${name}.html`, heading);
      const overflow = await page.evaluate((tag) => {
        const wide: string[] = [];
        const walk = (root: Element | ShadowRoot) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) walk(el.shadowRoot);
            const box = el.getBoundingClientRect();
            if (box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1) && !el.closest('[part="grid"]')) {
              wide.push(`${el.localName}.${el.className} ${Math.round(box.left)}–${Math.round(box.right)}`);
            }
          }
        };
        const host = document.querySelector(tag)!;
        walk(host.shadowRoot!);
        return { page: document.scrollingElement!.scrollWidth, viewport: window.innerWidth, wide: wide.slice(0, 5) };
      }, tag);
      assert.deepEqual(overflow.wide, [], `${name}: elements beyond the screen's edge`);
      assert.ok(overflow.page <= overflow.viewport, `${name}: the page scrolls sideways (${overflow.page} > ${overflow.viewport})`);
      await screenshot(page, `${name}-phone`);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
