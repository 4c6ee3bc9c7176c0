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
  let elements = mkElements(root);
  for (let pass = 0; ; pass++) {
    await Promise.all([...elements.map((el) => el.updateComplete), ...extra(elements)]);
    // One walk per pass: what it finds is what the next pass waits for.
    const after = mkElements(root);
    if (pass > 0 && after.length === elements.length && !after.some((el) => el.isUpdatePending)) return after;
    elements = after;
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
