// <mk-form> on the guide's school-visit page: the schema's own title and description show, an array of
// strings grows by "+ Add" and keyboard, an item left empty blocks the save on its own field, and the
// record the server's compiled validator accepts is what was typed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hostPage, useDocsSite } from './support/browser.js';
import { byRole, focused, press, saveWithHostButton, summaryLinks, typeDate, typeInto, until } from './support/user.js';

describe('<mk-form> on a plain host page', () => {
  const ctx = useDocsSite();

  it("shows the schema's title and description, adds follow-ups by keyboard, and saves what was typed", async () => {
    const { page, problems } = await hostPage(ctx.browser);
    await page.goto(`${ctx.site.url}/school-visit.html`);
    await page.waitForSelector(byRole('heading', 'School visit'), { timeout: 15_000 });
    assert.ok(await page.$('::-p-text(What a visiting mentor saw, and what to follow up.)'), 'the description shows');

    await typeInto(page, 'School', 'Lakeside School');
    await typeDate(page, 'Date of the visit', '09182025');
    await press(page, '+ Add Follow-up');
    await page.waitForSelector(byRole('textbox', 'Follow-up'));
    // The item is added empty: saving now is blocked, and the summary names the item.
    await saveWithHostButton(page);
    assert.ok(await until(async () => (await summaryLinks(page)).length === 1), 'one problem: the empty follow-up');
    const [link] = await page.$$('pierce/[part="error-summary"] a');
    await link!.click();
    const now = await focused(page);
    assert.equal(now.label, 'Follow-up');
    assert.match(now.message, /Please fill in this field\.$/, 'the empty item says what to do');
    await page.keyboard.type('Observe the year 9 maths lesson');

    // A second item, reached with the keyboard only: Tab to "+ Add Follow-up" and press Enter.
    const add = await page.waitForSelector(byRole('button', '+ Add Follow-up'));
    await add!.focus();
    await page.keyboard.press('Enter');
    await until(async () => (await page.$$(byRole('textbox', 'Follow-up'))).length === 2);
    const boxes = await page.$$(byRole('textbox', 'Follow-up'));
    await boxes[1]!.click();
    await page.keyboard.type('Share the marking rubric');

    await Promise.all([page.waitForNavigation({ timeout: 15_000 }), saveWithHostButton(page)]);
    assert.equal(await page.title(), 'Saved');
    assert.deepEqual(ctx.site.saved.at(-1), {
      path: '/visits',
      record: {
        school: 'Lakeside School',
        date: '2025-09-18',
        followUps: ['Observe the year 9 maths lesson', 'Share the marking rubric'],
      },
    });
    assert.deepEqual(problems, []);
  });
});
