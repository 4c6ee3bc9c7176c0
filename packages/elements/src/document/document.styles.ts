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
