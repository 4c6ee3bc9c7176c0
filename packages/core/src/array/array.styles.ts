import { css } from 'lit';
import { choiceFieldStyles } from '../choice/choice.styles.js';
import { formControlStyles } from '../form-control/form-control.styles.js';

/** The list's own markup, and the fields of its items (light fields rendered into this shadow root). */
export const arrayStyles = [
  ...formControlStyles,
  choiceFieldStyles,
  css`
    fieldset.array {
      border: none;
      padding: 0;
      margin: 0;
      min-inline-size: 0;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
    }
    li {
      border: 1px solid var(--mk-array-item-border-color, var(--_border));
      border-radius: var(--_radius);
      padding: var(--_gap);
    }
    .item-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_gap) / 2);
      margin-block-end: calc(var(--_gap) / 2);
    }
    .item-title {
      font-weight: 600;
      margin-inline-end: auto;
    }
    button.add {
      margin-block-start: var(--_gap);
      background: var(--_accent);
      color: var(--_accent-fg);
      border-color: var(--_accent);
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.55;
    }
    .empty {
      color: var(--_muted);
      font-style: italic;
    }
    @media print {
      button {
        display: none;
      }
      li {
        break-inside: avoid;
      }
    }
  `,
];
