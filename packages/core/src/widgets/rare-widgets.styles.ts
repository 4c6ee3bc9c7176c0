import { css } from 'lit';

/**
 * Styles of the widgets that load on demand (alternatives, maps, any-JSON and null values, the opener of a recursive schema): part of their chunk,
 * added to the form's shadow root when it first renders one of them (widgets/lazy.ts).
 */
export const rareWidgetStyles = css`
  .branch-chooser,
  .json-field,
  .null-field,
  .map-add,
  .map-name {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-end: var(--_gap, 0.75rem);
  }
  .branch-chooser label,
  .json-field label,
  .null-field .label,
  .map-name label,
  .map-add label {
    font-weight: 600;
  }
  .branch-chooser select,
  .json-field textarea,
  .map-entry input,
  .map-add input {
    font: inherit;
    min-block-size: 24px;
    padding: 0.25em 0.5em;
    border: 1px solid var(--mk-form-control-border-color, currentColor);
    border-radius: var(--_radius, 4px);
    color: inherit;
    background: transparent;
  }
  .json-field textarea {
    font-family: ui-monospace, monospace;
    inline-size: 100%;
    box-sizing: border-box;
  }
  .map-entry {
    border-inline-start: 3px solid var(--mk-form-group-border-color, currentColor);
    padding-inline-start: var(--_gap, 0.75rem);
    margin-block-end: var(--_gap, 0.75rem);
  }
  .map-add {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
  }
  .map-add .key-error {
    flex-basis: 100%;
  }
  button.map-remove,
  button.map-add-button,
  button.open-button {
    font: inherit;
    min-block-size: 24px;
    min-inline-size: 24px;
    margin-block-end: var(--_gap, 0.75rem);
  }
  .map [aria-invalid='true'],
  .json-field [aria-invalid='true'] {
    border-color: var(--_danger, #b00020);
    border-width: 2px;
  }
  .key-error,
  .json-error {
    color: var(--_danger, #b00020);
    font-weight: 600;
    margin: 0;
  }
  .key-error::before,
  .json-error::before {
    content: '⚠ ';
  }
  .alternatives :focus-visible,
  .map :focus-visible,
  .json-field :focus-visible,
  .opener :focus-visible {
    outline: 3px solid var(--_focus, currentColor);
    outline-offset: 2px;
  }
`;
