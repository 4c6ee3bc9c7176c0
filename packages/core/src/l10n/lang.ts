/**
 * The language an element reads in: its own `lang`, else the nearest ancestor's, crossing shadow roots,
 * else the document's.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof HTMLElement && node.lang) return node.lang;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || 'en';
}
