import type { CSSResult } from 'lit';

/**
 * Adds a stylesheet to a shadow root that an element's static `styles` did not include: the styles of a
 * widget whose code loads on demand come with that code (widgets/lazy.ts, form/lazy-drafts.ts), so a form
 * that never renders the widget does not carry them. Once per root; constructed sheets only, as Lit adopts
 * them (no `<style>` element: the strict CSP forbids inline styles). A document takes them the same way
 * (styles/theme-classes.ts).
 */
export function addStyles(root: DocumentOrShadowRoot | null | undefined, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!root || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
