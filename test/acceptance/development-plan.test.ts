// The guide's development-plan page, typed by keyboard: a timeline start typed digit by digit must not be
// taken for the dates its prefixes spell (0002-09-01, 0020-09-01, …), nor end the plan in the year 203.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hostPage, useDocsSite } from './support/browser.js';
import { byRole, control, typeDate } from './support/user.js';

describe('<mk-development-plan> on a plain host page', () => {
  const ctx = useDocsSite();

  it('typing the timeline start (09012026) fills the end a plan length later and schedules the reviews from it', async () => {
    const { page, problems } = await hostPage(ctx.browser);
    await page.goto(`${ctx.site.url}/plan.html`);
    await page.waitForSelector(byRole('heading', 'Development plan'), { timeout: 15_000 });
    await typeDate(page, 'Start', '09012026');
    await page.keyboard.press('Tab'); // leave the field, as a person moving on does

    const shown = async (name: string) => (await control(page, 'textbox', name)).evaluate((input) => (input as HTMLInputElement).value);
    assert.equal(await shown('Start'), '09/01/2026');
    assert.equal(await shown('End'), '08/31/2027', 'the end is a year after the start typed, not after a prefix of it');
    const reviews = await page.$$eval('pierce/[part="due-list"] li', (items) => items.map((item) => item.getAttribute('data-state')));
    assert.ok(reviews.length >= 3, `reviews are scheduled over the year (${reviews.join(', ')})`);
    assert.ok(!reviews.includes('done'), 'no review is done before any was recorded');
    const next = await page.$eval('pierce/[part="next"]', (p) => p.textContent!.trim());
    assert.notEqual(next, 'All reviews are done.');

    assert.deepEqual(problems, []);
  });
});
