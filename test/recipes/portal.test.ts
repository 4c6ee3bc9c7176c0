// Recipe 1, the server-rendered portal (docs/recipes/portal/): a plain <form method="post"> with
// <mk-observation-form name="observation"> posts to a Node server on 127.0.0.1, which validates the
// record with @mentorkit/schemas. Runs the real server and Chromium; needs the packages built.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { startPortal } from '../../docs/recipes/portal/server.mjs';
import { launchChromium, probeCsp, watchedPage } from './support/chromium.js';
import { chooseOption, rendered, setDate, typeInto } from './support/fields.js';

const form = 'mk-observation-form';

describe('recipe: server-rendered portal', () => {
  let browser: Browser;
  let portal: Awaited<ReturnType<typeof startPortal>>;

  before(async () => {
    // One after the other: when the portal fails to start, the browser is already ours to close (else the run hangs).
    browser = await launchChromium();
    portal = await startPortal();
  });
  after(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('posts a filled observation as JSON that the server finds valid, under a strict CSP', async () => {
    const page = await watchedPage(browser);
    const response = await page.goto(`${portal.url}/`);
    assert.equal(response!.headers()['content-security-policy'], "default-src 'self'; script-src 'self'; style-src 'self'");
    await rendered(page, form, '/information/observer/name');

    await typeInto(page, form, '/information/observed/name', 'Marco Rossi');
    await setDate(page, form, '/information/date', '2025-09-18');
    await typeInto(page, form, '/information/observer/name', 'Anna Berg');
    await typeInto(page, form, '/information/purpose', 'How the lesson opening engages all pupils');
    await chooseOption(page, form, '/ratings/point-1/level', 'Very good');
    await typeInto(page, form, '/feedback/text', 'Give the back rows a written starter task.');

    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'no CSP violation while rendering and filling');
    await Promise.all([page.waitForNavigation(), page.click('form > button[type=submit]')]);

    assert.equal(portal.received.length, 1);
    const { record, errors } = portal.received[0]!;
    assert.deepEqual(errors, []);
    assert.equal(record.kind, 'observation');
    assert.deepEqual(record.template, { id: 'respond-observation', version: '1.0.0' });
    assert.equal(record.information?.observer?.name, 'Anna Berg');
    assert.equal(record.information?.observed?.name, 'Marco Rossi');
    assert.equal(record.information?.date, '2025-09-18');
    assert.equal(record.ratings?.['point-1']?.level, 'very-good');
    assert.equal(record.feedback?.text, 'Give the back rows a written starter task.');
    assert.equal(await page.$eval('h1', (h) => h.textContent), 'Observation saved');
    await page.close();
  });

  it('blocks the submit of an incomplete record: the error summary shows and the server gets nothing', async () => {
    const before = portal.received.length;
    const page = await watchedPage(browser);
    await page.goto(`${portal.url}/`);
    await rendered(page, form, '/information/observer/name');
    await typeInto(page, form, '/information/observer/name', 'Anna Berg');

    await page.click('form > button[type=submit]');
    const summary = await page.waitForSelector(`${form} >>> [part=error-summary]:not([hidden])`);
    const text = await summary!.evaluate((s) => s.textContent!.replace(/\s+/g, ' '));
    assert.match(text, /Observation of/);
    assert.match(text, /Date/);
    assert.match(text, /Purpose of the observation/);
    assert.doesNotMatch(text, /Observer:/, 'the filled field is not listed');
    const state = await page.evaluate(() => ({
      submits: window.hostSubmits,
      url: location.pathname,
      focused: document.activeElement?.shadowRoot?.activeElement?.getAttribute('part'),
    }));
    assert.deepEqual(state, { submits: 0, url: '/', focused: 'error-summary' });
    assert.equal(portal.received.length, before, 'nothing reached the server');

    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'no CSP violation while rendering and validating');
    assert.deepEqual(await probeCsp(page), { blocked: true, reported: true }, 'violations would have been seen');
    await page.close();
  });

  it('refuses on the server what the browser did not check (a post without the element’s JSON)', async () => {
    const response = await fetch(`${portal.url}/observations`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ observation: JSON.stringify({ schemaVersion: 1, kind: 'observation' }) }),
    });
    assert.equal(response.status, 422);
    const last = portal.received.at(-1)!;
    assert.ok(last.errors.some((e: { pointer: string; keyword: string }) => e.pointer === '/template' && e.keyword === 'required'));
  });
});
