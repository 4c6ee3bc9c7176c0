// One Chromium per test file (Debian's, never a downloaded one) and pages that record what went wrong:
// CSP violations, uncaught errors, failed module loads. Screenshots go to test-results/acceptance/.
import { mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium, watchedPage } from '../../recipes/support/chromium.js';
import { root, startDocsSite, type DocsSite } from './docs-site.js';

export { launchChromium };

export interface HostPage {
  page: Page;
  /** Uncaught exceptions and failed requests (other than favicon.ico), as text. */
  problems: string[];
  /** Dialogs the page opened ("Leave site?" is `beforeunload`); each was accepted, as a person would. */
  dialogs: string[];
}

export async function hostPage(browser: Browser, { width = 1024, height = 800 } = {}): Promise<HostPage> {
  const page = await watchedPage(browser);
  // tsx compiles the functions these tests run in the page with esbuild's keepNames, which wraps inner
  // functions in a `__name` helper the page does not have.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn');
  await page.setViewport({ width, height });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${(error as Error).message ?? error}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico') && response.request().method() === 'GET') {
      problems.push(`${response.status()}: ${response.url()}`);
    }
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon|status of 4\d\d/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return { page, problems, dialogs };
}

const shots = join(root, 'test-results', 'acceptance');

/** Saves a full-page screenshot as test-results/acceptance/<name>.png (to look at). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`) as `${string}.png`, fullPage: true });
}

/** The guide's site and one Chromium for a test file, started before its tests and closed after them. */
export function useDocsSite(): { browser: Browser; site: DocsSite } {
  const context = {} as { browser: Browser; site: DocsSite };
  before(async () => {
    // One after the other: when the site fails to start, the browser is already ours to close (else the run hangs).
    context.browser = await launchChromium();
    context.site = await startDocsSite();
  });
  after(async () => {
    await context.browser?.close();
    await context.site?.close();
  });
  return context;
}
