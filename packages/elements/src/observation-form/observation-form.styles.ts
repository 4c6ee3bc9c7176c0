import { css } from 'lit';

export const observationFormStyles = css`
  header h2 {
    margin: 0 0 0.25rem;
    font-size: 1.35em;
  }
  header p {
    margin: 0 0 1rem;
    color: var(--_muted);
  }
  .guidance {
    color: var(--_muted);
    margin: 0 0 0.75rem;
  }
  .information {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0 1rem;
  }
  .information .wide {
    grid-column: 1 / -1;
  }
  .points {
    display: grid;
    grid-template-columns: minmax(10rem, 2fr) minmax(14rem, 3fr) minmax(10rem, 3fr);
    gap: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .points .head {
    font-weight: 700;
    padding: 0.5rem;
    border-block-end: 2px solid var(--_border);
  }
  .point {
    display: contents;
  }
  .point > * {
    padding: 0.5rem;
    border-block-end: 1px solid var(--_border);
    --mk-form-control-spacing: 0;
  }
  .point-title {
    font-weight: 600;
  }
  .criterion {
    display: block;
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9em;
  }
  @media (max-width: 40rem) {
    .points {
      grid-template-columns: 1fr;
    }
    .points .head:not(:first-child) {
      display: none;
    }
  }
  @media print {
    :host {
      font-size: 10pt;
      color: #000;
    }
    section {
      break-inside: avoid-page;
    }
    .point > * {
      break-inside: avoid;
    }
  }
`;
