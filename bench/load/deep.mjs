/** Every Mentorkit element under `root`, through shadow roots. */
export function mkElements(root) {
  const found = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('mk-')) found.push(el);
    if (el.shadowRoot) found.push(...mkElements(el.shadowRoot));
  }
  return found;
}

/** Every light field (`.field` with a `path`) under `root`, through shadow roots. */
export function lightFields(root) {
  const found = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.matches('.field[path]')) found.push(el);
    if (el.shadowRoot) found.push(...lightFields(el.shadowRoot));
  }
  return found;
}

/** Every native form control under `root`, through shadow roots. */
export function nativeControls(root) {
  const found = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'input' || el.localName === 'textarea' || el.localName === 'select') found.push(el);
    if (el.shadowRoot) found.push(...nativeControls(el.shadowRoot));
  }
  return found;
}

/**
 * Resolves once every Mentorkit element under `root` has rendered, including the ones the first
 * renders created (fields inside sections, arrays, summaries), and `extra` work (an agreement's
 * hashing) is done: repeats until a pass finds no new element and no pending update.
 */
export async function allRendered(root, extra = () => []) {
  let seen = -1;
  for (;;) {
    const elements = mkElements(root);
    await Promise.all([...elements.map((el) => el.updateComplete), ...extra(elements)]);
    const after = mkElements(root);
    if (after.length === seen && after.length === elements.length && !after.some((el) => el.isUpdatePending)) return after;
    seen = after.length;
  }
}

/** Native controls by kind (`text`, `textarea`, `radio`, …), the vocabulary of the harness's `expect.controls`. */
export function inventory(controls) {
  const counts = {};
  for (const control of controls) {
    const kind = control.localName === 'input' ? control.type : control.localName;
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}
