import { css } from 'lit';
import { tokens } from '../styles/tokens.js';

/** Layout shared by every control: label, hint, control, error. */
export const formControlStyles = [
  tokens,
  css`
    :host {
      display: block;
      margin-block-end: var(--mk-form-control-spacing, calc(var(--_gap) * 2));
    }
    :host([hidden]) {
      display: none;
    }
    /* A field on its own paints its surface (see tokens.ts); inside a form (with a path) the form does. */
    :host(:not([path])) {
      background-color: var(--_bg);
    }
    [part='label'],
    legend[part='label'] {
      display: block;
      font-weight: 600;
      margin-block-end: calc(var(--_gap) / 2);
      padding: 0;
    }
    :host([hide-label]) [part='label'] {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .required {
      color: var(--_danger);
      margin-inline-start: 0.25em;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.9em;
      margin-block-end: calc(var(--_gap) / 2);
    }
    .error {
      color: var(--_danger);
      font-size: 0.9em;
      margin-block-start: calc(var(--_gap) / 2);
      display: flex;
      gap: 0.4em;
      align-items: baseline;
    }
    .error[hidden] {
      display: none;
    }
    .error-icon {
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
    input:not([type='checkbox']):not([type='radio']),
    textarea,
    select {
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
    textarea {
      min-block-size: 5rem;
      resize: vertical;
      field-sizing: content;
    }
    /* Secondary buttons inside controls (add, remove, move, clear): at least 24px, as WCAG 2.2 asks. */
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
    input:focus-visible,
    textarea:focus-visible,
    select:focus-visible,
    button:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    :host(:state(user-invalid)) input,
    :host(:state(user-invalid)) textarea,
    :host(:state(user-invalid)) select {
      border-color: var(--_danger);
      border-width: 2px;
    }
    input[readonly],
    textarea[readonly] {
      background: transparent;
      border-style: dashed;
    }
    input:disabled,
    textarea:disabled,
    select:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    @media (forced-colors: active) {
      .error-icon {
        border: 1px solid CanvasText;
      }
    }
    @media print {
      input:not([type='checkbox']):not([type='radio']),
      textarea,
      select {
        border: none;
        border-block-end: 1px solid #000;
        border-radius: 0;
        background: none;
        color: #000;
      }
      textarea {
        resize: none;
        overflow: visible;
        field-sizing: content;
      }
      /* On paper a field shows what was written, or is an empty line to write on. */
      ::placeholder {
        color: transparent;
      }
      ::-webkit-calendar-picker-indicator {
        display: none;
      }
      [part='format'] {
        display: none;
      }
    }
  `,
];
