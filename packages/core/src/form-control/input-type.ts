import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

const types = ['text', 'email', 'url', 'tel', 'search', 'date', 'datetime-local', 'time'] as const;
const statics = new Map(types.map((type) => [type, unsafeStatic(type)]));

/**
 * The `type` of an `<input>` as a static part of its template (render with `lit/static-html.js`).
 * Setting `type` after the input exists makes Chromium rebuild it (a date input's whole inner tree),
 * which costs more than the rest of the field; a static type creates it as that type once. Only
 * the listed types are accepted, anything else renders as text.
 */
export function inputType(type: string): StaticValue {
  return statics.get(type as (typeof types)[number]) ?? statics.get('text')!;
}
