import { css } from 'lit';
import { formControlStyles } from '../form-control/form-control.styles.js';

/** The markup of option groups (radio group, checkbox group, checkbox): a group's fieldset is its `.field` wrapper. */
export const choiceFieldStyles = css`
  fieldset.field[data-kind] {
    border: none;
    margin-inline: 0;
    margin-block-start: 0;
    padding: 0;
    min-inline-size: 0;
  }
  /* Any other fieldset inside a field: an array's items' groups (in the array's fieldset.field). */
  .field fieldset:not(.field) {
    border: none;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .field .options {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
  }
  .field .options.horizontal {
    flex-direction: row;
    flex-wrap: wrap;
    gap: var(--_gap) calc(var(--_gap) * 2);
  }
  .field .option {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 24px;
    cursor: pointer;
  }
  .field .option input {
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .field .option input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .field .option-description {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .field .symbol {
    display: inline-block;
    inline-size: 1em;
    text-align: center;
    color: color-mix(in srgb, var(--_option-color, currentColor) var(--_tint), var(--_fg));
  }
  fieldset.field.user-invalid[data-kind] {
    border-inline-start: 3px solid var(--_danger);
    padding-inline-start: var(--_gap);
  }
`;

/** Styles of option group elements. */
export const choiceStyles = [...formControlStyles, choiceFieldStyles];

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
