import { css } from 'lit';

export const ragRubricStyles = css`
  :host {
    --_level-width: var(--mk-rag-rubric-level-width, 7.5rem);
  }
  header h2 {
    margin: 0 0 0.25rem;
    font-size: 1.35em;
  }
  header p,
  .guidance,
  .question {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }
  .question {
    font-style: italic;
  }
  h4 {
    font-size: 1em;
    margin: 1rem 0 0.5rem;
  }
  .preamble h3 {
    font-size: 1.1em;
    margin: 0 0 0.5rem;
  }
  .information {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0 1rem;
  }
  .scale-key {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.35rem;
  }
  .symbol {
    display: inline-block;
    inline-size: 1.25em;
    text-align: center;
    color: color-mix(in srgb, var(--_level-color, currentColor) var(--_tint), var(--_fg));
    margin-inline-end: 0.25em;
  }
  .toolbar {
    display: flex;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }
  .toolbar button,
  .toggle {
    font: inherit;
    color: var(--_fg);
    min-block-size: 2rem;
    cursor: pointer;
  }
  .toolbar button {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2em 0.8em;
  }
  .toolbar button:focus-visible,
  .toggle:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .standard {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    margin-block-end: 1rem;
  }
  .standard-head {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(12rem, 20rem);
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .standard-title {
    font-size: 1.05em;
    font-weight: 700;
  }
  .toggle {
    display: inline-flex;
    gap: 0.4em;
    align-items: baseline;
    text-align: start;
    background: none;
    border: none;
    padding: 0.25rem 0;
    font-weight: inherit;
  }
  .chevron {
    inline-size: 1em;
  }
  .statement {
    font-weight: 600;
    margin: 0.75rem 0 0.5rem;
  }
  .criteria {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block-end: 1rem;
  }
  .criteria-head,
  .criterion {
    display: grid;
    grid-template-columns: minmax(0, 1fr) calc(var(--_levels) * var(--_level-width));
    gap: 0 1rem;
    align-items: center;
    padding: 0.4rem 0.5rem;
  }
  .criterion {
    border-block-start: 1px solid var(--_border);
    --mk-form-control-spacing: 0;
  }
  .criteria-head {
    font-weight: 700;
  }
  .levels,
  .criterion .field .options {
    display: grid;
    grid-template-columns: repeat(var(--_levels), minmax(0, 1fr));
    gap: 0;
  }
  .level {
    text-align: center;
  }
  .criterion .field .option {
    justify-content: center;
    /* A long level label wraps under its radio instead of running under the next level's radio. */
    flex-wrap: wrap;
    min-inline-size: 0;
    text-align: center;
  }
  .criterion-text strong {
    display: block;
  }
  /* The colon between a criterion's title and text, for its radio group's name (aria-labelledby): inline, not shown. */
  .criterion-text .name-only {
    font-size: 0;
  }
  .answers {
    display: grid;
    gap: 0 1rem;
  }
  .performance {
    border-block-start: 1px solid var(--_border);
    padding-block: 0.5rem;
  }
  .examples p {
    margin: 0;
    color: var(--_muted);
  }
  .examples ul {
    margin: 0.25rem 0 0.75rem;
    color: var(--_muted);
  }
  .performance .field .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    gap: 0.25rem 1rem;
  }
  .verifications {
    padding-inline-start: 1.25em;
  }
  @media (max-width: 40rem) {
    .standard-head,
    .criterion {
      grid-template-columns: 1fr;
    }
    .criteria-head {
      display: none;
    }
    /* No column heads to line up with: the levels wrap as words do. */
    .criterion .field .options {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap) calc(var(--_gap) * 2);
    }
  }
  @media (forced-colors: active) {
    .symbol {
      color: CanvasText;
    }
    .toggle,
    .toolbar button {
      color: ButtonText;
    }
  }
  @media print {
    :host {
      font-size: 10pt;
      color: #000;
    }
    .toolbar,
    .chevron {
      display: none;
    }
    .standard-body[hidden] {
      display: block !important;
    }
    .standard,
    .performance,
    .criterion {
      break-inside: avoid;
    }
    .standard-head {
      break-after: avoid;
    }
  }
`;
