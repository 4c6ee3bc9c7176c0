// Launches Debian's Chromium for the recipe tests (never a downloaded browser) and collects what a
// page reports: Content-Security-Policy violations and host-form submits.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export async function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
}

declare global {
  interface Window {
    cspViolations: string[];
    hostSubmits: number;
  }
}

/**
 * A new page that records every `securitypolicyviolation` and every `submit` of a host form from
 * the start of each document. The recorder is installed through the DevTools protocol, so the page
 * itself needs no inline script (which its CSP would block).
 */
export async function watchedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    window.cspViolations = [];
    window.hostSubmits = 0;
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener('submit', () => window.hostSubmits++, true);
  });
  page.on('pageerror', (error) => console.error('page error:', error));
  return page;
}

/**
 * Proves the violation recorder works on this page: an inline script added by DOM calls must be
 * blocked and reported. (Code run through the DevTools protocol is not subject to the page's CSP.)
 */
export async function probeCsp(page: Page): Promise<{ blocked: boolean; reported: boolean }> {
  const blocked = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.inlineScriptRan = "yes"';
    document.head.append(script);
    return document.documentElement.dataset.inlineScriptRan !== 'yes';
  });
  const reported = await page
    .waitForFunction(() => window.cspViolations.some((v) => v.startsWith('script-src')), { timeout: 5000 })
    .then(() => true)
    .catch(() => false);
  return { blocked, reported };
}
