import { css } from 'lit';
import { formControlStyles } from '../form-control/form-control.styles.js';

/** Styles of option groups (radio group, checkbox group, checkbox). */
export const choiceStyles = [
  ...formControlStyles,
  css`
    fieldset {
      border: none;
      margin: 0;
      padding: 0;
      min-inline-size: 0;
    }
    .options {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_gap) / 2);
    }
    :host([orientation='horizontal']) .options {
      flex-direction: row;
      flex-wrap: wrap;
      gap: var(--_gap) calc(var(--_gap) * 2);
    }
    .option {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      min-block-size: 24px;
      cursor: pointer;
    }
    .option input {
      inline-size: 1.15em;
      block-size: 1.15em;
      margin: 0;
      accent-color: var(--_accent);
    }
    .option-description {
      display: block;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .symbol {
      display: inline-block;
      inline-size: 1em;
      text-align: center;
      color: color-mix(in srgb, var(--_option-color, currentColor) var(--_tint), var(--_fg));
    }
    :host(:state(user-invalid)) fieldset {
      border-inline-start: 3px solid var(--_danger);
      padding-inline-start: var(--_gap);
    }
  `,
];

/** Glyphs for option symbols: shapes that tell levels apart without colour (no prototype: a symbol is a key from a template). */
export const symbolGlyphs: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  circle: '●',
  triangle: '▲',
  square: '■',
  diamond: '◆',
  star: '★',
  check: '✔',
  cross: '✖',
  dash: '—',
  ring: '○',
  half: '◐',
});
