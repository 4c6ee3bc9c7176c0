// Recipe 5, an LMS tool page (docs/recipes/lms/): a course page of an "LMS" on one origin frames the
// tool page on another; the tool page loads the packages' published ES modules unbundled through an
// import map allowed by its hash, under a strict CSP, in the language of the launch.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { startTool } from '../../docs/recipes/lms/server.mjs';
import { launchChromium, watchedPage } from './support/chromium.js';

/** A course page of an LMS that shows the tool in an iframe. */
function lmsServer(tool: () => string): Server {
  return createServer((_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'self'; frame-src ${tool()}`,
    });
    res.end(`<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Course</title></head>
<body><h1>Mentoring course</h1><iframe src="${tool()}/tool?lang=fi" title="Lesson observation" width="900" height="700"></iframe></body></html>`);
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

async function toolFrame(page: Page, toolUrl: string): Promise<Frame> {
  const frame = page.frames().find((f) => f.url().startsWith(`${toolUrl}/tool`));
  assert.ok(frame, `a frame shows ${toolUrl}/tool (frames: ${page.frames().map((f) => f.url())})`);
  return frame;
}

describe('recipe: LMS tool page', () => {
  let browser: Browser;
  let tool: Awaited<ReturnType<typeof startTool>>;
  const lms = lmsServer(() => tool.url);
  const otherSite = lmsServer(() => tool.url);
  let lmsUrl: string;
  let otherUrl: string;

  before(async () => {
    // The browser first: when a server fails to start, it is already ours to close (else the run hangs).
    browser = await launchChromium();
    [lmsUrl, otherUrl] = await Promise.all([listen(lms), listen(otherSite)]);
    tool = await startTool({ lmsOrigins: [lmsUrl] });
  });
  after(async () => {
    await browser?.close();
    await tool?.close();
    for (const server of [lms, otherSite]) {
      server.closeAllConnections();
      server.close();
    }
  });

  it('sends a strict CSP that allows only its import map and only the LMS as a frame ancestor', () => {
    assert.match(tool.csp, /script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    assert.match(tool.csp, new RegExp(`frame-ancestors ${lmsUrl}(;|$)`));
    assert.doesNotMatch(tool.csp, /unsafe-inline|unsafe-eval/);
  });

  it('renders <mk-observation-form> from the unbundled published modules inside the LMS frame, in the launch language', async () => {
    const page = await watchedPage(browser);
    await page.goto(`${lmsUrl}/course`);
    const frame = await toolFrame(page, tool.url);
    await frame.waitForSelector('mk-observation-form >>> section h3', { timeout: 15000 });
    const headings = await frame.$$eval('mk-observation-form >>> section h3', (hs) => hs.map((h) => h.textContent));
    assert.equal(headings[0], 'Tiedot', 'Finnish, from <html lang="fi">');
    const loaded = await frame.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
    for (const module of [
      '/modules/@mentorkit/elements/dist/define/observation-form.js',
      '/modules/@mentorkit/core/dist/form/form.js',
      '/modules/lit-html/lit-html.js',
    ]) {
      assert.ok(loaded.includes(module), `loaded ${module} as published`);
    }
    assert.deepEqual(await frame.evaluate(() => window.cspViolations), [], 'no CSP violation in the tool page');
    await page.close();
  });

  it('refuses to be framed by a site that is not the LMS', async () => {
    const page = await watchedPage(browser);
    await page.goto(`${otherUrl}/course`);
    const blocked = page.frames().find((f) => f !== page.mainFrame());
    assert.ok(blocked);
    assert.equal(await blocked.$('mk-observation-form'), null, 'the tool page did not load in the frame');
    await page.close();
  });
});
