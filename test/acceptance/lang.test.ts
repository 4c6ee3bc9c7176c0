// A host page switching language on a live element (as a portal's language menu does): the guide's
// observation page changes <html lang>, then the element's own lang. The text follows each change and
// nothing typed is lost.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { hostPage, useDocsSite } from './support/browser.js';
import { byRole, typeInto, until } from './support/user.js';

const sections = (page: Page) => page.$$eval('pierce/section h3', (headings) => headings.slice(0, 2).map((h) => h.textContent!.trim()));

describe('switching lang on a live element', () => {
  const ctx = useDocsSite();

  it('re-renders in the new language of <html lang> and of the element, keeping what was typed', async () => {
    const { page, problems } = await hostPage(ctx.browser);
    await page.goto(`${ctx.site.url}/observation.html`);
    await page.waitForSelector(byRole('heading', 'Observation form: Peer-to-peer observation'), { timeout: 15_000 });
    await typeInto(page, 'Observer', 'Anna Berg');
    assert.deepEqual(await sections(page), ['Information', 'Observation points']);

    await page.evaluate(() => (document.documentElement.lang = 'nb'));
    assert.ok(await until(async () => (await sections(page))[0] === 'Informasjon'), `nb: ${await sections(page)}`);
    assert.deepEqual(await sections(page), ['Informasjon', 'Observasjonspunkter']);

    await page.evaluate(() => document.querySelector('mk-observation-form')!.setAttribute('lang', 'fi'));
    assert.ok(await until(async () => (await sections(page))[0] !== 'Informasjon'), `fi: ${await sections(page)}`);
    const fi = await sections(page);
    assert.notDeepEqual(fi, ['Information', 'Observation points'], 'not English either');
    // The engine's own terms come from the Finnish catalogue, a chunk loaded on the switch.
    const dateFormat = () => page.$eval('pierce/[part=format]', (format) => format.textContent ?? '');
    assert.ok(await until(async () => (await dateFormat()).startsWith('Muoto ')), `fi catalogue: ${await dateFormat()}`);

    const observer = await page.$$eval('pierce/input:not([type=radio]):not([type=checkbox])', (inputs) =>
      (inputs as HTMLInputElement[]).map((i) => i.value).filter(Boolean),
    );
    assert.deepEqual(observer, ['Anna Berg'], 'what was typed stays');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
