import { css } from 'lit';
import { formControlStyles } from '../form-control/form-control.styles.js';
import { visuallyHidden } from '../styles/visually-hidden.js';

export const signatureStyles = [
  ...formControlStyles,
  visuallyHidden,
  css`
    fieldset {
      border: none;
      margin: 0;
      padding: 0;
      min-inline-size: 0;
    }
    .sub-label {
      display: block;
      margin-block-end: calc(var(--_gap) / 2);
    }
    .preview {
      font-family: var(--mk-signature-font, 'Segoe Script', 'Bradley Hand', 'Brush Script MT', cursive);
      font-size: 1.6em;
      min-block-size: 1.6em;
      padding-block: calc(var(--_gap) / 2);
      padding-inline: 0.25em;
      border-block-end: 1px solid var(--_border);
      color: var(--mk-signature-ink, var(--_fg));
      overflow-wrap: anywhere;
    }
    canvas {
      display: block;
      box-sizing: border-box;
      inline-size: 100%;
      block-size: var(--mk-signature-height, 10rem);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_control-bg);
      color: var(--mk-signature-ink, var(--_fg));
      touch-action: none;
      cursor: crosshair;
    }
    canvas.locked {
      cursor: default;
      border-style: dashed;
    }
    :host(:state(user-invalid)) canvas {
      border-color: var(--_danger);
      border-width: 2px;
    }
    canvas:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap);
      margin-block-start: calc(var(--_gap) / 2);
    }
    button.link {
      border-color: transparent;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      padding-inline: 0.25em;
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.55;
    }
    @media (forced-colors: active) {
      canvas {
        forced-color-adjust: none;
        background: Canvas;
        color: CanvasText;
      }
    }
    @media print {
      .actions,
      .sub-label,
      input {
        display: none !important;
      }
      .preview {
        display: block;
        color: #000;
        border-color: #000;
      }
      canvas {
        border: none;
        border-block-end: 1px solid #000;
        border-radius: 0;
        background: none;
      }
    }
  `,
];
