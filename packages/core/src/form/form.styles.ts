import { css } from 'lit';
import { choiceFieldStyles } from '../choice/choice.styles.js';
import { fieldStyles } from '../form-control/form-control.styles.js';
import { surface, tokens } from '../styles/tokens.js';
import { widgetStyles } from '../widgets/widgets.styles.js';

/** The form's own parts, and once for all its light fields the field styles the field elements use too. */
export const formStyles = [
  tokens,
  surface,
  fieldStyles,
  choiceFieldStyles,
  ...widgetStyles,
  css`
    :host {
      display: block;
    }
    fieldset.group {
      border: 1px solid var(--mk-form-group-border-color, var(--_border));
      border-radius: var(--_radius);
      padding: var(--_gap) calc(var(--_gap) * 2);
      margin: 0 0 calc(var(--_gap) * 2);
      min-inline-size: 0;
    }
    fieldset.group > legend {
      font-weight: 700;
      padding: 0 0.25em;
    }
    .group-help {
      color: var(--_muted);
      margin: 0 0 var(--_gap);
    }
    .group-error {
      color: var(--_danger);
      font-size: 0.9em;
      margin: 0 0 var(--_gap);
    }
    .group-error:empty {
      display: none;
    }
    [hidden] {
      display: none !important;
    }
    .summary {
      border: 2px solid var(--_danger);
      border-inline-start-width: 6px;
      border-radius: var(--_radius);
      padding: var(--_gap) calc(var(--_gap) * 2);
      margin-block-end: calc(var(--_gap) * 2);
    }
    .summary:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .heading h2 {
      font-size: 1.35em;
      margin: 0 0 calc(var(--_gap) / 2);
    }
    .heading p {
      color: var(--_muted);
      margin: 0 0 calc(var(--_gap) * 2);
    }
    .summary h2 {
      font-size: 1.1em;
      margin: 0 0 var(--_gap);
    }
    .summary ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .summary li {
      margin-block: 0.25em;
    }
    .summary a,
    .summary .unlinked {
      display: inline-block;
      /* A wrapped link's baseline is its last line; aligned at the top, the bullet stays on its first. */
      vertical-align: top;
      min-block-size: 24px;
      line-height: 24px;
      color: var(--_danger);
      font-weight: 600;
    }
    /* An answer with no field to go to: its text, then the button that removes it (on the next line when narrow). */
    .summary .unlinked {
      margin-inline-end: calc(var(--_gap) / 2);
    }
    .summary button.remove {
      font: inherit;
      font-size: 0.875em;
      vertical-align: top;
      min-block-size: 24px;
      min-inline-size: 24px;
      padding: 0.15em 0.6em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_control-bg);
      color: var(--_fg);
      cursor: pointer;
    }
    .summary button.remove:hover {
      border-color: var(--_danger);
    }
    .summary button.remove:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .schema-error {
      border: 2px solid var(--_danger);
      border-radius: var(--_radius);
      padding: var(--_gap) calc(var(--_gap) * 2);
    }
    .schema-error code {
      font-weight: 600;
    }
    .actions {
      margin-block-start: var(--_gap);
    }
    .actions button {
      font: inherit;
      min-block-size: 2.5rem;
      padding: 0.4em 1.2em;
      border-radius: var(--_radius);
      border: 1px solid var(--_accent);
      background: var(--_accent);
      color: var(--_accent-fg);
      cursor: pointer;
    }
    .actions button:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    @media print {
      .actions,
      .summary {
        display: none;
      }
      fieldset.group {
        break-inside: avoid;
        border-color: #000;
      }
    }
  `,
];
