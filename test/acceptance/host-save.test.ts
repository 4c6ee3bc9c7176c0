// A save through the host page's own button ends the draft exactly as the element's own submit does: no
// "Leave site?" on the way to the server, and the next visit offers no draft of the record that was saved.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hostPage, useDocsSite } from './support/browser.js';
import { byRole, typeDate, typeInto } from './support/user.js';

const heading = 'Observation form: Peer-to-peer observation';

describe("a save through the host's own button", () => {
  const ctx = useDocsSite();

  it('asks nothing before leaving, and the next visit offers no draft', async () => {
    const { page, problems, dialogs } = await hostPage(ctx.browser);
    await page.goto(`${ctx.site.url}/observation.html`);
    await page.waitForSelector(byRole('heading', heading), { timeout: 15_000 });
    await typeInto(page, 'Observation of', 'Marco Rossi');
    await typeDate(page, 'Date', '09182025');
    await typeInto(page, 'Observer', 'Anna Berg');
    await typeInto(page, 'Purpose of the observation', 'How the lesson opening engages all pupils');
    await Promise.all([page.waitForNavigation({ timeout: 15_000 }), page.click('form > button')]);
    assert.equal(await page.title(), 'Saved');
    assert.deepEqual(dialogs, [], 'no "Leave site?" on the way to the server');

    await page.goto(`${ctx.site.url}/observation.html`);
    await page.waitForSelector(byRole('heading', heading), { timeout: 15_000 });
    const draft = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('mentorkit-drafts', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('drafts', { keyPath: 'key' });
          open.onsuccess = () => {
            const get = open.result.transaction('drafts').objectStore('drafts').get('observation-new');
            get.onsuccess = () =>
              resolve({ stored: get.result ?? null, unloaded: sessionStorage.getItem('mentorkit-draft:observation-new') });
          };
        }),
    );
    assert.deepEqual(draft, { stored: null, unloaded: null }, 'the saved record left no draft behind');
    assert.equal(await page.$('pierce/[part="draft-notice"]'), null, 'no draft is offered');
    assert.deepEqual(problems, []);
  });
});
