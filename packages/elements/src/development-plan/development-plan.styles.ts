import { css } from 'lit';

export const developmentPlanStyles = css`
  .title h2 {
    margin: 0 0 0.25rem;
    font-size: 1.35em;
  }
  .title p,
  .preamble p {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }
  .usage {
    border-inline-start: 4px solid var(--_accent);
    padding: 0.25rem 0.75rem;
    margin-block-end: 1.5rem;
  }
  .usage h3 {
    font-size: 1em;
    margin: 0 0 0.25rem;
  }
  .usage p {
    margin: 0;
  }
  .header-fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0 1rem;
  }
  .stage > h4 {
    font-size: 1.05em;
    margin: 1rem 0 0.5rem;
  }
  @media print {
    :host {
      font-size: 10pt;
      color: #000;
    }
    .usage {
      break-inside: avoid;
    }
  }
`;
