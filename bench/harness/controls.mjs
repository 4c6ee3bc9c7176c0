/** Kind of a native control, in the vocabulary of a workload's `expect.controls`. */
function kindOf(control) {
  // A Mentorkit date field (light inside <mk-form>, or <mk-date-field>) is a text input read in the page's language: it enters a date.
  if (control.closest('.field[data-kind=date]') || control.getRootNode().host?.localName === 'mk-date-field') return 'date';
  // A Mentorkit number field is a text input read in the page's language too (inputmode decimal or numeric): it enters a number.
  if (control.closest('.field[data-kind=number]') || control.getRootNode().host?.localName === 'mk-number-field') return 'number';
  if (control.localName === 'textarea') return 'textarea';
  if (control.localName === 'select') return 'select';
  return control.type;
}

/** Counts native controls by kind and throws unless the counts are exactly the expected ones. */
export function verifyControls(controls, expected) {
  const counts = {};
  for (const control of controls) {
    const kind = kindOf(control);
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  counts.total = controls.length;
  const kinds = new Set([...Object.keys(expected), ...Object.keys(counts)]);
  const wrong = [...kinds].filter((kind) => (counts[kind] ?? 0) !== (expected[kind] ?? 0));
  if (wrong.length) {
    const detail = wrong.map((kind) => `${kind}: ${counts[kind] ?? 0} (expected ${expected[kind] ?? 0})`).join(', ');
    throw new Error(`control counts differ: ${detail}`);
  }
  return counts;
}

export const pointerOf = (path) => '/' + path.join('/');

/** Sets a native control's value the way the browser does for user input (bypassing any own setter). */
export function setNativeValue(control, value) {
  const proto = control instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(control, value);
}
