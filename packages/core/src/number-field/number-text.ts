// A number field is a text input (inputmode decimal or numeric), not `<input type="number">`: that one reads the
// browser's locale, not the page's, and drops a separator it does not use while it is typed, so "1,5" typed in a
// Norwegian form on an English browser became 15. Here the text is read in the form's language, and text that is
// not a number in it is kept as typed, so the field shows it, the record's check refuses it, and nothing is lost.

// The languages Mentorkit has catalogues for, known without asking Intl: a page's first `Intl.NumberFormat` costs
// milliseconds (its locale data), which a form of 20 fields would pay in its first render. Other tags ask Intl.
const decimalSeparators = new Map<string, string>([
  ['en', '.'],
  ['nb', ','],
  ['nn', ','],
  ['no', ','],
  ['fi', ','],
  ['it', ','],
  ['nl', ','],
]);

/** The decimal separator of a language: ',' in nb, fi, it and nl, '.' in en. */
function decimalSeparatorOf(lang: string): string {
  let separator = decimalSeparators.get(lang);
  if (separator === undefined) {
    try {
      separator = new Intl.NumberFormat(lang).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
    } catch {
      separator = '.';
    }
    decimalSeparators.set(lang, separator);
  }
  return separator;
}

const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * The record's value of a number field's text, read in `lang`: a number, nothing when it is empty, or the text itself
 * when it is no number there. Spaces between digit groups are left out ("1 500"). In a language that writes
 * decimals with a comma both "1,5" and "1.5" are 1.5, but "1.500" is kept as text, since it may mean 1500; in
 * one that writes them with a point, "1,5" is kept as text.
 */
export function readNumber(text: string, lang: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  let written = trimmed.replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-');
  if (decimalSeparatorOf(lang) === ',') {
    if (/\d\.\d{3}$/.test(written) && !written.includes(',')) return trimmed;
    if (!written.includes('.')) written = written.replace(',', '.');
  }
  return plainNumber.test(written) ? Number(written) : trimmed;
}

/** A record's number as its field shows it in `lang` ("1,5" in nb); text the field kept is shown as it is. */
export function writeNumber(value: unknown, lang: string): string {
  if (typeof value === 'number') {
    const text = String(value);
    return Number.isInteger(value) || /e/i.test(text) ? text : text.replace('.', decimalSeparatorOf(lang));
  }
  return typeof value === 'string' ? value : '';
}

/**
 * ArrowUp and ArrowDown in a number field add or take 1, as they do in `<input type="number">`: the text is written
 * again in `lang`, and `input` and `change` fire as for typing. Text that is no number is left alone.
 */
export function stepNumber(event: KeyboardEvent, lang: string): void {
  if ((event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || event.altKey || event.ctrlKey || event.metaKey) return;
  const input = event.target as HTMLInputElement;
  if (input.readOnly || input.disabled) return;
  const value = readNumber(input.value, lang) ?? 0;
  if (typeof value !== 'number') return;
  event.preventDefault();
  // In whole steps from the value, as typed decimals keep their fraction (1,5 → 2,5).
  input.value = writeNumber(value + (event.key === 'ArrowUp' ? 1 : -1), lang);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
