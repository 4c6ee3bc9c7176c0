// How the acceptance tests reach the page: as a person would, by the accessible names a screen reader
// announces (Puppeteer's `::-p-aria`, which sees through shadow roots), with the browser's own keyboard
// and mouse input. Nothing here sets a property or dispatches an event.
import type { ElementHandle, Page } from 'puppeteer-core';

const quote = (text: string) => JSON.stringify(text);
export const byRole = (role: string, name: string) => `::-p-aria([name=${quote(name)}][role=${quote(role)}])`;

/** The control a person would pick by its label: `textbox`, `combobox`, `radio`, `checkbox`, `button`, `link`. */
export async function control(page: Page, role: string, name: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(byRole(role, name), { timeout: 15_000 });
  if (!handle) throw new Error(`no ${role} named ${quote(name)}`);
  return handle;
}

/** Clicks into a text box and types, key by key. */
export async function typeInto(page: Page, name: string, text: string): Promise<void> {
  const box = await control(page, 'textbox', name);
  await box.click();
  await page.keyboard.type(text);
  await box.dispose();
}

/** Types a date as digits only (`09012026`), which a date field reads in the page language's order. */
export async function typeDate(page: Page, name: string, digits: string): Promise<void> {
  await typeInto(page, name, digits);
}

/** Clicks a button by its accessible name. */
export async function press(page: Page, name: string): Promise<void> {
  const button = await control(page, 'button', name);
  await button.click();
  await button.dispose();
}

/** Clicks the host page's own submit button (a light-DOM `<button>` of the host form). */
export async function saveWithHostButton(page: Page): Promise<void> {
  await page.click('form > button');
}

/** Texts of the error-summary links, in order (empty when no summary shows). */
export async function summaryLinks(page: Page): Promise<string[]> {
  return page.$$eval('pierce/[part="error-summary"] a', (links) => links.map((link) => link.textContent!.trim().replace(/\s+/g, ' ')));
}

/** The first error-summary link with this text. */
export async function summaryLink(page: Page, text: string): Promise<ElementHandle<Element>> {
  for (const link of await page.$$('pierce/[part="error-summary"] a')) {
    if ((await link.evaluate((a) => a.textContent!.trim().replace(/\s+/g, ' '))) === text) return link;
  }
  throw new Error(`no error-summary link ${JSON.stringify(text)}`);
}

/**
 * Waits for an element inside shadow roots (`pierce/` selector). Puppeteer's own waitForSelector watches the
 * document's mutations, which do not see shadow trees, so it polls.
 */
export async function waitForDeep(page: Page, selector: string, timeout = 5_000): Promise<ElementHandle<Element>> {
  let found: ElementHandle<Element> | null = null;
  await until(async () => (found = await page.$(`pierce/${selector}`)) !== null, timeout);
  if (!found) throw new Error(`nothing matches ${selector} after ${timeout} ms`);
  return found;
}

/** Polls `check` (every 50 ms, up to `timeout`); true once it held, false if it never did. */
export async function until(check: () => Promise<boolean>, timeout = 5_000): Promise<boolean> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The focused element, through shadow roots: what it is, its accessible label (by its `labels`, or
 * aria-label), and the message the field around it shows (its own error, not the summary's).
 */
export async function focused(page: Page): Promise<{ tag: string; label: string; message: string }> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return { tag: '', label: '', message: '' };
    const input = active as HTMLInputElement;
    const label = [...(input.labels ?? [])].map((l) => l.textContent!.trim()).join(' ') || active.getAttribute('aria-label') || '';
    // The message the field shows: the element its aria-describedby names (the field's error), visible.
    const root = active.getRootNode() as Document | ShadowRoot;
    const ids = (active.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const message = ids
      .map((id) => root.getElementById(id))
      .filter((node): node is HTMLElement => !!node && node.checkVisibility())
      .map((node) => node.textContent!.trim())
      .join(' ');
    return { tag: active.localName, label: label.replace(/\s+/g, ' '), message: message.replace(/\s+/g, ' ') };
  });
}
