import { css } from 'lit';

export const agreementStyles = css`
  .head h2 {
    margin: 0 0 0.25rem;
    font-size: 1.35em;
  }
  .head p {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }
  .head .purpose {
    font-style: italic;
  }
  h4 {
    font-size: 1em;
    margin: 0.75rem 0 0.5rem;
  }
  .status {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    border: 2px solid var(--_border);
    border-inline-start-width: 8px;
    border-radius: var(--_radius);
    padding: var(--_gap) calc(var(--_gap) * 2);
    margin-block-end: 1.25rem;
  }
  .status:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .status[data-state='signed'] {
    border-style: solid;
    border-color: var(--_accent);
  }
  .status[data-state='partly-signed'] {
    border-style: dashed;
  }
  .status[data-state='changed'] {
    border-color: var(--_danger);
    border-style: double;
    border-width: 4px 4px 4px 10px;
  }
  .status .symbol {
    font-size: 1.5em;
    line-height: 1;
  }
  .status p {
    margin: 0.25rem 0 0;
  }
  fieldset.party {
    border: 1px solid var(--mk-form-group-border-color, var(--_border));
    border-radius: var(--_radius);
    padding: var(--_gap) calc(var(--_gap) * 2);
    margin: 0 0 calc(var(--_gap) * 2);
    min-inline-size: 0;
  }
  fieldset.party > legend {
    font-weight: 700;
    padding: 0 0.25em;
  }
  .role {
    margin: 0 0 var(--_gap);
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0 1rem;
  }
  .intro {
    margin: 0 0 0.5rem;
  }
  ol.numbered {
    margin: 0 0 1rem;
    padding-inline-start: 1.75em;
  }
  ol.numbered li {
    margin-block: 0.35em;
  }
  .by {
    color: var(--_muted);
  }
  dl.terms {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 1rem;
  }
  dl.terms dt {
    font-weight: 600;
  }
  dl.terms dd {
    margin: 0;
  }
  .slot-signatures {
    margin-block-end: 1rem;
  }
  .signer {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap) calc(var(--_gap) * 2);
    margin-block-end: var(--_gap);
    break-inside: avoid;
  }
  .signer p {
    margin: 0.25rem 0;
  }
  .signer .who {
    font-weight: 600;
  }
  .signer .pending,
  .signer .date {
    color: var(--_muted);
  }
  .signer .typed {
    font-family: var(--mk-signature-font, 'Segoe Script', 'Bradley Hand', 'Brush Script MT', cursive);
    font-size: 1.5em;
  }
  .signer svg.drawing {
    display: block;
    inline-size: min(100%, 20rem);
    block-size: auto;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .signer[data-matches='no'] {
    border-color: var(--_danger);
    border-style: dashed;
  }
  .mismatch {
    color: var(--_danger);
    font-weight: 600;
  }
  button.sign {
    font: inherit;
    min-block-size: 2.5rem;
    padding: 0.4em 1.2em;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-fg);
    cursor: pointer;
  }
  button.sign:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button.sign:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    :host {
      font-size: 10pt;
      color: #000;
    }
    .status {
      border-color: #000;
    }
    button.sign,
    mk-signature {
      display: none;
    }
    .signer {
      border: none;
      border-block-end: 1px solid #000;
      border-radius: 0;
    }
    section {
      break-inside: avoid-page;
    }
  }
`;
