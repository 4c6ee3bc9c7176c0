// Debian's Firefox ESR (scripts/tools.mjs installs it; FIREFOX_PATH), driven by Puppeteer over WebDriver BiDi.
// Firefox has what Chromium-only tests cannot see: no `:host-context()`, its own form controls and layout.
// Puppeteer's `::-p-aria` needs Chromium's accessibility tree, so here controls are found by their labels.
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';

/** Firefox with the page's `prefers-color-scheme` set as an OS in that mode would set it. */
export async function launchFirefox(colorScheme: 'light' | 'dark' = 'light'): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1 },
  });
}

/** A page that records uncaught errors and console errors (as text). */
export async function firefoxPage(browser: Browser, { width = 1024, height = 800 } = {}): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  // tsx compiles the functions these tests run in the page with esbuild's keepNames (a `__name` helper).
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn');
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${(error as Error).message ?? error}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return { page, problems };
}

/**
 * Waits for the `index`th element, through shadow roots, that is a control whose label reads `text` (the
 * required mark and text hidden from assistive technology left out), or a button whose text is `text`.
 */
async function findByText(page: Page, kind: 'label' | 'button', text: string, index: number): Promise<ElementHandle<HTMLElement>> {
  const handle = await page.waitForFunction(
    (kind, text, index) => {
      const found: HTMLElement[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll<HTMLElement>(kind)) {
          const target = el instanceof HTMLLabelElement ? el.control : el;
          // The text a person reads as its name: without what is hidden from assistive technology (a level's symbol).
          const named = el.cloneNode(true) as HTMLElement;
          for (const hidden of named.querySelectorAll('[aria-hidden=true]')) hidden.remove();
          if (target && named.textContent!.replace(/\*/g, '').trim() === text) found.push(target as HTMLElement);
        }
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
      };
      visit(document);
      return found[index];
    },
    { timeout: 15_000 },
    kind,
    text,
    index,
  );
  return handle as ElementHandle<HTMLElement>;
}

/** The control a person picks by its label (the `index`th of that name). */
export function byLabel(page: Page, text: string, index = 0): Promise<ElementHandle<HTMLElement>> {
  return findByText(page, 'label', text, index);
}

/** The button a person picks by its text. */
export function buttonByText(page: Page, text: string): Promise<ElementHandle<HTMLElement>> {
  return findByText(page, 'button', text, 0);
}
