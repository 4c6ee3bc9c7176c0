import { nativeControls } from './deep.mjs';

const RADIOS_PER_GROUP = 4;

/**
 * The static baseline: one `<form>` with the same native controls by kind as the documents page
 * (`counts` as found there), each with a label, radios in fieldsets of four, inserted with innerHTML.
 * It has the controls, not the documents' headings and text: the floor for that many controls.
 */
export function staticMarkup(counts) {
  const parts = ['<form novalidate>'];
  let n = 0;
  for (const [kind, count] of Object.entries(counts)) {
    if (kind === 'radio') {
      for (let i = 0; i < count; i += RADIOS_PER_GROUP) {
        const options = Math.min(RADIOS_PER_GROUP, count - i);
        parts.push(`<fieldset><legend>Choice ${++n}</legend>`);
        for (let o = 0; o < options; o++) parts.push(`<label><input type="radio" name="r${n}" value="${o}"> Option ${o + 1}</label>`);
        parts.push('</fieldset>');
      }
      continue;
    }
    for (let i = 0; i < count; i++) {
      const id = `c${++n}`;
      const control =
        kind === 'textarea'
          ? `<textarea id="${id}" rows="3"></textarea>`
          : kind === 'select'
            ? `<select id="${id}"><option>One</option><option>Two</option><option>Three</option></select>`
            : `<input id="${id}" type="${kind}">`;
      parts.push(`<p><label for="${id}">Field ${n}</label> ${control}</p>`);
    }
  }
  parts.push('</form>');
  return parts.join('');
}

export function createStaticRenderer(container, counts) {
  const markup = staticMarkup(counts);
  return {
    mount() {
      container.innerHTML = markup;
    },
    settle: () => undefined,
    controls: () => nativeControls(container),
    /** The middle textarea, as the documents page types into a textarea half-way down. */
    typingTarget() {
      const areas = container.querySelectorAll('textarea');
      const control = areas[Math.floor(areas.length / 2)];
      return { control, state: () => control.value, what: 'static textarea' };
    },
  };
}
