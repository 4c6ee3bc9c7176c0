// The pages of docs/getting-started.md, served as written by the guide's own server.mjs under its strict
// CSP: each document element and <mk-form> inside a host <form method="post"> with the host's Save button.
// A person saves the empty form, follows every error-summary link to its field, types the missing value,
// and saves again; the server validates the posted record with @mentorkit/schemas and saves it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateRecord } from '@mentorkit/schemas';
import { probeCsp } from '../recipes/support/chromium.js';
import { hostPage, screenshot, useDocsSite } from './support/browser.js';
import { focused, saveWithHostButton, summaryLink, summaryLinks, until } from './support/user.js';

/** What a person types into each field the summary sends them to, by the field's label. */
const answers: Record<string, string> = {
  'Observation of': 'Marco Rossi',
  Observer: 'Anna Berg',
  'Purpose of the observation': 'How the lesson opening engages all pupils',
  Name: 'Kari Nordmann',
  School: 'Lakeside School',
  // Dates as digits, which a date field reads in the page language's order (en: month, day, year).
  Date: '09182025',
  'Date of the visit': '09182025',
};

const pages = [
  { page: 'observation', heading: 'Observation form: Peer-to-peer observation', kind: 'observation' },
  { page: 'agreement', heading: 'Mentoring agreement', kind: 'agreement' },
  {
    page: 'rubric',
    heading: 'National Standards for School-Based Initial Teacher Training (ITT) Mentors: RAG self-assessment',
    field: 'rubric',
    kind: 'rubric',
  },
  { page: 'plan', heading: 'Development plan', kind: 'plan' },
  { page: 'school-visit', heading: 'School visit', kind: undefined },
] as const;

describe('the pages of docs/getting-started.md', () => {
  const ctx = useDocsSite();

  for (const { page: name, heading, kind } of pages) {
    it(`${name}.html: blocked while empty; every summary link leads to its field; saved through the host's button`, async () => {
      const { page, problems } = await hostPage(ctx.browser);
      const response = await page.goto(`${ctx.site.url}/${name}.html`);
      assert.equal(response!.headers()['content-security-policy'], "default-src 'self'; script-src 'self'; style-src 'self'");
      await page.waitForSelector(`::-p-aria([name=${JSON.stringify(heading)}][role="heading"])`, { timeout: 15_000 });

      const before = ctx.site.saved.length;
      await saveWithHostButton(page);
      const links = await waitForSummary(page);
      if (links.length === 0) {
        // Nothing is required (the rubric): the save went through.
        await page.waitForFunction(() => document.title === 'Saved', { timeout: 10_000 });
      } else {
        assert.equal(ctx.site.saved.length, before, 'an invalid record is not posted');
        for (const [i, text] of links.entries()) {
          const [label, message] = text.split(': ');
          // The summary follows as problems are fixed: the link is the first one left with this text.
          await until(async () => (await summaryLinks(page)).length === links.length - i);
          const link = await summaryLink(page, text);
          await link.click();
          const now = await focused(page);
          assert.ok(
            ['input', 'textarea', 'select'].includes(now.tag),
            `"${links[i]}" moves focus to a control (got ${now.tag || 'nothing'})`,
          );
          assert.match(now.label, new RegExp(`^${label}`), `"${links[i]}" focuses the ${label} field`);
          assert.ok(now.message.includes(message!), `the ${label} field shows its own message (${JSON.stringify(now.message)})`);
          await page.keyboard.type(answers[label!]!);
        }
        await screenshot(page, `${name}-filled`);
        await Promise.all([page.waitForNavigation({ timeout: 15_000 }), saveWithHostButton(page)]);
        assert.equal(await page.title(), 'Saved', 'the server found the record valid');
      }

      const saved = ctx.site.saved.at(-1)!;
      assert.equal(ctx.site.saved.length, before + 1);
      assert.equal(saved.path, `/${name === 'school-visit' ? 'visits' : `${name}s`}`);
      if (kind) {
        assert.equal(saved.record.kind, kind);
        assert.deepEqual(validateRecord(saved.record), [], 'the posted record is valid for @mentorkit/schemas');
      } else {
        assert.deepEqual(saved.record, { school: 'Lakeside School', date: '2025-09-18' });
      }
      assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'no CSP violation');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('the pages keep their strict CSP: an inline script is blocked and reported', async () => {
    const { page } = await hostPage(ctx.browser);
    await page.goto(`${ctx.site.url}/observation.html`);
    assert.deepEqual(await probeCsp(page), { blocked: true, reported: true });
    await page.close();
  });
});

async function waitForSummary(page: import('puppeteer-core').Page): Promise<string[]> {
  // The summary appears once the record was checked; a valid record navigates instead (while it does, the page
  // can be read neither for links nor for its title: try again).
  const title = () => page.title().catch(() => '');
  const shown = await until(async () => (await summaryLinks(page).catch(() => [])).length > 0 || (await title()) === 'Saved');
  return shown ? summaryLinks(page).catch(() => []) : [];
}
