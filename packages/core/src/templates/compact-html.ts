import { html as litHtml, type TemplateResult } from 'lit';

const compacted = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/**
 * The template's strings without the whitespace that only lays out the source: a run of white space
 * with a line break between two tags, or between a tag and an expression, is dropped. Each such run
 * would otherwise be a text node in every copy of the template (a field of a large form has several),
 * and the source stays formatted. White space inside a tag, in text, or without a line break (`a ${b}`)
 * is kept. Computed once per template: the result is cached by the strings' identity, as Lit caches.
 */
export function compactStrings(strings: TemplateStringsArray): TemplateStringsArray {
  let result = compacted.get(strings);
  if (result) return result;
  let inTag = false;
  let quote = '';
  const out = strings.map((part) => {
    let text = '';
    let run = '';
    const flush = (next: string) => {
      // A run of layout white space outside a tag: dropped when it breaks a line and stands alone.
      const alone = (text === '' || text.endsWith('>')) && (next === '' || next === '<');
      text += alone && run.includes('\n') ? '' : run;
      run = '';
    };
    for (const char of part) {
      if (!inTag && /\s/.test(char)) {
        run += char;
        continue;
      }
      if (run) flush(char);
      text += char;
      if (quote) {
        if (char === quote) quote = '';
      } else if (inTag) {
        if (char === '"' || char === "'") quote = char;
        else if (char === '>') inTag = false;
      } else if (char === '<') inTag = true;
    }
    if (run) flush('');
    return text;
  });
  result = frozenStrings(out);
  compacted.set(strings, result);
  return result;
}

/** A list spread into its template (see {@link slots}). */
class Slots {
  constructor(
    readonly items: readonly unknown[],
    readonly join: boolean,
  ) {}
}

/**
 * A list whose length the schema fixes (an object's fields, a choice's options), spread into the
 * template around it as one child slot per item: `html\`<div>${slots(items)}</div>\``. Lit renders an
 * array with two comment markers per item and two more for the list; here each item costs one, which
 * counts in a form of thousands of fields. When the number of items changes the template around it is
 * built again, so use it where that is rare (not for array items, which keep their DOM by key). Only
 * in a child position, once per template. `join: false`: the {@link inlined} templates among the items
 * stay template instances of their own (a template made once, whose joined strings and prepared markup
 * would be kept for nothing).
 */
export function slots(items: readonly unknown[], { join = true }: { join?: boolean } = {}): unknown {
  return new Slots(items, join);
}

const spread = new WeakMap<TemplateStringsArray, Map<number, TemplateStringsArray>>();

/** `strings` with the expression at `at` replaced by `count` expressions side by side (cached). */
function spreadStrings(strings: TemplateStringsArray, at: number, count: number): TemplateStringsArray {
  let byCount = spread.get(strings);
  if (!byCount) spread.set(strings, (byCount = new Map()));
  let result = byCount.get(count);
  if (result) return result;
  const before = strings.slice(0, at + 1);
  const after = strings.slice(at + 1);
  const out =
    count === 0
      ? [...before.slice(0, -1), before[at]! + after[0]!, ...after.slice(1)]
      : [...before, ...Array.from({ length: count - 1 }, () => ''), ...after];
  result = frozenStrings(out);
  byCount.set(count, result);
  return result;
}

/** Strings made by code, in the shape of a template literal's (frozen, with `raw`), for Lit to cache by identity. */
export function frozenStrings(out: string[]): TemplateStringsArray {
  return Object.freeze(Object.assign(out, { raw: Object.freeze([...out]) })) as unknown as TemplateStringsArray;
}

/** The strings of the templates written into the template around them (see {@link inlined}). */
const shapes: TemplateStringsArray[] = [];
/** The templates made by writing inlined templates into others: by the outer strings, then by which shapes sit where. */
const joined = new WeakMap<TemplateStringsArray, Map<string, TemplateStringsArray>>();

/**
 * Marks the strings of a template of one value (a binding on its root element) whose markup may be written into the
 * template around it, where it is the value of a child expression of this module's `html`: its strings become part of
 * the outer template's and its value takes its place among the outer values, so the two are one template instance (one
 * clone, one walk, one insertion) with no child part or comment marker between them. For templates whose markup never
 * changes at their place (a light field's widget, `form/field-binding.ts`): another value at that place makes the outer
 * template a new one, and what is in it is made again.
 */
export function inlined(strings: TemplateStringsArray): TemplateStringsArray {
  if (!shapes.includes(strings)) shapes.push(strings);
  return strings;
}

const shapeOf = (value: unknown) => shapes.indexOf((value as TemplateResult | null | undefined)?.strings as TemplateStringsArray);

/** Lit's `html` of `strings` and `values`, with the inlined templates among the values written into it. */
function joinInlined(strings: TemplateStringsArray, values: unknown[]): TemplateResult {
  if (!values.some((value) => shapeOf(value) >= 0)) return litHtml(strings, ...values);
  let key = '';
  const out = [strings[0]!];
  const all = values.map((value, i) => {
    const shape = shapeOf(value);
    if (shape < 0) {
      out.push(strings[i + 1]!);
      return value;
    }
    key += `${i}:${shape},`;
    const { strings: written, values: inner } = value as TemplateResult;
    out[out.length - 1] += written[0]!;
    out.push(written[1]! + strings[i + 1]!);
    return inner[0];
  });
  let byKey = joined.get(strings);
  if (!byKey) joined.set(strings, (byKey = new Map()));
  let result = byKey.get(key);
  if (!result) byKey.set(key, (result = frozenStrings(out)));
  return litHtml(result, ...all);
}

/**
 * Lit's `html`, with the layout white space of the source left out (see {@link compactStrings}), {@link slots} spread
 * and {@link inlined} templates written into it.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  const compact = compactStrings(strings);
  const at = values.findIndex((value) => value instanceof Slots);
  if (at < 0) return joinInlined(compact, values);
  const { items, join } = values[at] as Slots;
  const spreadOut = spreadStrings(compact, at, items.length);
  const all = [...values.slice(0, at), ...items, ...values.slice(at + 1)];
  return join ? joinInlined(spreadOut, all) : litHtml(spreadOut, ...all);
}
