import { css } from 'lit';
import { tokens } from '../styles/tokens.js';

/**
 * The markup of every field, inside its `.field` wrapper: label, hint, control, error, and validity
 * shown by the wrapper's classes (`user-invalid`, `user-valid`, `hide-label`). Field elements use it
 * in their own shadow roots; `<mk-form>` uses it once for all its light fields, which share its
 * shadow root. Rules reach only a wrapper's own children, so an array's items are not styled by the
 * array's state.
 */
export const fieldStyles = css`
  .field {
    margin-block-end: var(--mk-form-control-spacing, calc(var(--_gap) * 2));
  }
  .field [part='label'] {
    display: block;
    font-weight: 600;
    margin-block-end: calc(var(--_gap) / 2);
    padding: 0;
  }
  .field.hide-label > [part='label'] {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .field .required {
    color: var(--_danger);
    margin-inline-start: 0.25em;
  }
  /* The asterisk of a required field's label, hidden from assistive technology (the control says aria-required). */
  .field .required-label::after {
    content: '*' / '';
    color: var(--_danger);
    margin-inline-start: 0.25em;
  }
  .field .hint {
    color: var(--_muted);
    font-size: 0.9em;
    margin-block-end: calc(var(--_gap) / 2);
  }
  .field .error {
    color: var(--_danger);
    font-size: 0.9em;
    margin-block-start: calc(var(--_gap) / 2);
    display: flex;
    gap: 0.4em;
    align-items: baseline;
  }
  .field .error[hidden] {
    display: none;
  }
  .field .error-icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.1em;
    block-size: 1.1em;
    border-radius: 50%;
    background: var(--_danger);
    color: var(--_bg);
    font-weight: 700;
    font-size: 0.85em;
    flex: none;
  }
  .field input:not([type='checkbox']):not([type='radio']),
  .field textarea,
  .field select {
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
    color: var(--_fg);
    background: var(--_control-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.45em 0.6em;
    min-block-size: 2.5rem;
  }
  /* A textarea grows with what is typed (and prints whole); where field-sizing is not supported,
     MkTextarea sets its height from the content. */
  .field textarea {
    min-block-size: var(--mk-textarea-min-height, 5rem);
    resize: vertical;
    field-sizing: content;
  }
  .field input:focus-visible,
  .field textarea:focus-visible,
  .field select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .field.user-invalid > input,
  .field.user-invalid > textarea,
  .field.user-invalid > select {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .field input[readonly]:not([type='checkbox']):not([type='radio']),
  .field textarea[readonly] {
    background: transparent;
    border-style: dashed;
  }
  .field input:disabled,
  .field textarea:disabled,
  .field select:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .field .error-icon {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .field input:not([type='checkbox']):not([type='radio']),
    .field textarea,
    .field select {
      border: none;
      border-block-end: 1px solid #000;
      border-radius: 0;
      background: none;
      color: #000;
    }
    .field textarea {
      resize: none;
      overflow: visible;
      field-sizing: content;
    }
    /* On paper a field shows what was written, or is an empty line to write on. */
    .field ::placeholder {
      color: transparent;
    }
    .field ::-webkit-calendar-picker-indicator {
      display: none;
    }
    .field [part='format'] {
      display: none;
    }
  }
`;

/** A field element's host, and the secondary buttons some controls have (add, remove, move, clear). */
const elementStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  /* A field on its own paints its surface (see tokens.ts); inside a form (with a path) the form does. */
  :host(:not([path])) {
    background-color: var(--_bg);
  }
  /* At least 24px, as WCAG 2.2 asks. */
  button {
    font: inherit;
    font-size: 0.875em;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0.25em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_control-bg);
    color: var(--_fg);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;

/** Styles of a field element: tokens, its host, and the field markup. */
export const formControlStyles = [tokens, elementStyles, fieldStyles];
