/**
 * For directives that watch the store without being Lit `AsyncDirective`s (a light field, a group's frame: Lit would
 * keep a `Set` on every part above each one to tell it of its disconnection). Told of a change, such a directive
 * shows it while its markup (`node`) is in the page, or while the element that rendered it (`host`) is not (a form
 * taken out of the page keeps up with its record). Markup out of the page while its host is in it was removed from
 * it (a condition that stopped holding, an array item, a new schema), or is in a render not inserted yet: checked
 * again once the current task's rendering is done, `show` runs then, or `drop` (the directive stops watching).
 */
export function showWhileInPlace(node: Node | null | undefined, host: unknown, show: () => void, drop: () => void): void {
  if (inPlace(node, host)) return show();
  queueMicrotask(() => (inPlace(node, host) ? show() : drop()));
}

function inPlace(node: Node | null | undefined, host: unknown): boolean {
  if (!node || node.isConnected) return true;
  // Out of the page with its host (a form taken out of the page): in place while it is still in its markup.
  return !(host as Node | undefined)?.isConnected && node.parentNode !== null;
}
