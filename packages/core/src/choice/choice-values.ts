import { displayText } from '../form-control/display-text.js';
import type { ChoiceOption } from './choice-control.js';

/** Whether `option` is the chosen one of a single choice holding `value` (compared as text, as a form submits it). */
export function isChosen(option: ChoiceOption, value: unknown): boolean {
  return value !== undefined && displayText(value) === displayText(option.value);
}

/** Identity of an option value: JSON for objects (a `const` may be `{ framework, ref }`), text otherwise. */
export function keyOf(value: unknown): string {
  return value !== null && typeof value === 'object' ? canonical(value) : String(value);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** Whether `option` is among the chosen values of a multiple choice. */
export function isAmong(option: ChoiceOption, values: unknown): boolean {
  if (!Array.isArray(values)) return false;
  const key = keyOf(option.value);
  return values.some((v) => keyOf(v) === key);
}

/** The chosen values after toggling the option at `index`, in the options' order (undefined when none). */
export function toggled(options: ChoiceOption[], values: unknown, index: number): unknown[] | undefined {
  const chosen = new Set((Array.isArray(values) ? values : []).map(keyOf));
  const key = keyOf(options[index]!.value);
  if (chosen.has(key)) chosen.delete(key);
  else chosen.add(key);
  const next = options.filter((o) => chosen.has(keyOf(o.value))).map((o) => o.value);
  return next.length ? next : undefined;
}
