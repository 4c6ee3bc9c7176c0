import type { TemplateResult } from 'lit';
import { frozenStrings, html } from '../templates/compact-html.js';
import { type ControlState, textFieldState } from './control-state.js';
import type { FieldEvents, FieldView } from './field-template.js';

/** A text-like control: an `<input>` of one of these types, or a `<textarea>`. */
export type TextInputControl = 'text' | 'email' | 'url' | 'tel' | 'search' | 'textarea';

const controls = ['text', 'email', 'url', 'tel', 'search', 'textarea'] as const;

/**
 * A (compact) `html` for each control whose template's `<control …></control>` is written as the control's
 * element: its tag and type are part of the template's strings, as with Lit's static html (which the main
 * chunk then does not carry). Setting `type` after the input exists makes Chromium rebuild it, so it is
 * created as its type once. One template uses these tags, so each keeps the strings it made on first use.
 */
const tags = new Map(
  controls.map((control) => {
    const [open, close] = control === 'textarea' ? ['<textarea', '</textarea>'] : [`<input type="${control}"`, '</input>'];
    let written: TemplateStringsArray | undefined;
    const tag = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult =>
      html((written ??= frozenStrings(strings.map((part) => part.replace('<control', open).replace('</control>', close)))), ...values);
    return [control as string, tag];
  }),
);

/**
 * The markup every text-like field shares (text, email, url, number, textarea), written once:
 * wrapper, label, hint, control, error. What differs by kind is the control's tag or type and its
 * own attributes ({@link ControlState}); the rest of the control's state, with the hint, format and
 * error around it, is one directive.
 */
export function textInputTemplate(
  view: FieldView,
  kind: string,
  control: TextInputControl,
  state: ControlState,
  on: FieldEvents,
): TemplateResult {
  const controlHtml = tags.get(control) ?? tags.get('text')!;
  return controlHtml`<div ${textFieldState(view, kind, state, on)}>
    <label part="label"></label>
    <control part="control"></control>
  </div>`;
}
