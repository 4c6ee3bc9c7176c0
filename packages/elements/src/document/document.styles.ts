import { css } from 'lit';

/** Layout every document element shares: sections with a ruled heading, the attribution line, A4 print pages. */
export const documentStyles = css`
  section {
    margin-block-end: 1.5rem;
  }
  section > h3 {
    font-size: 1.1em;
    margin: 0 0 0.5rem;
    padding-block-end: 0.25rem;
    border-block-end: 2px solid var(--_border);
  }
  .untranslated {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    margin: 0 0 1rem;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }
  .untranslated-mark {
    font-size: 0.8em;
    font-weight: 700;
    padding: 0 0.3em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  @media print {
    .untranslated {
      display: none;
    }
  }
  /* Who wrote an authored text and when: shown on screen and in print. */
  .byline {
    margin: 0.25rem 0 0.75rem;
    font-size: 0.9em;
  }
  .attribution {
    color: var(--_muted);
    font-size: 0.85em;
  }
  @media print {
    @page {
      size: A4;
      margin: 15mm;
    }
  }
`;
