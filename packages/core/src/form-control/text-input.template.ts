import type { TemplateResult } from 'lit';
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { staticHtml } from '../templates/compact-html.js';
import { controlState, type ControlState } from './control-state.js';
import { fieldError, type FieldEvents, fieldHint, type FieldView } from './field-template.js';
import { frameState, labelState } from './part-states.js';

/** A text-like control: an `<input>` of one of these types, or a `<textarea>`. */
export type TextInputControl = 'text' | 'email' | 'url' | 'tel' | 'search' | 'number' | 'textarea';

const controls = ['text', 'email', 'url', 'tel', 'search', 'number', 'textarea'] as const;
/**
 * The tag and type of each control as static parts of the template: setting `type` after the input
 * exists makes Chromium rebuild it, so it is created as its type once. Anything else is a text input.
 */
const tags = new Map<string, [StaticValue, StaticValue]>(
  controls.map((control) => [
    control,
    control === 'textarea' ? [unsafeStatic('textarea'), unsafeStatic('')] : [unsafeStatic('input'), unsafeStatic(`type="${control}"`)],
  ]),
);

/**
 * The markup every text-like field shares (text, email, url, number, textarea), written once:
 * wrapper, label, hint, control, error. What differs by kind is the control's tag or type and its
 * own attributes ({@link ControlState}); the rest of the control's state is one directive.
 */
export function textInputTemplate(
  view: FieldView,
  kind: string,
  control: TextInputControl,
  state: ControlState,
  on: FieldEvents,
): TemplateResult {
  const [tag, type] = tags.get(control) ?? tags.get('text')!;
  const id = `${view.ids}control`;
  return staticHtml`<div ${frameState(view, kind, on)}>
    <label part="label" ${labelState(view, { for: true })}></label>
    ${fieldHint(view, state.format)}
    <${tag} ${type} id=${id} part="control" ${controlState(view, state, on)}></${tag}>
    ${fieldError(view)}
  </div>`;
}
