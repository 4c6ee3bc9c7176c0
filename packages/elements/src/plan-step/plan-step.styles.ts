import { css } from 'lit';

/** Styles of one plan step, shared by `<mk-development-plan>` and `<mk-plan-step>`. */
export const planStepStyles = css`
  .step {
    border: 1px solid var(--mk-plan-step-border-color, var(--_border));
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
    margin-block-end: 1rem;
  }
  .step-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem;
  }
  .step-title {
    font-size: 1.05em;
    margin: 0.25rem 0 0.5rem;
  }
  .badge {
    font-size: 0.8em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.5em;
  }
  .guidance {
    color: var(--_muted);
    margin: 0 0 0.75rem;
  }
  .left-out {
    font-style: italic;
    color: var(--_muted);
  }
  .examples {
    margin-block-end: 0.75rem;
  }
  .examples summary {
    cursor: pointer;
    min-block-size: 24px;
  }
  @media print {
    .step {
      break-inside: avoid-page;
    }
    .examples:not([open]) {
      display: none;
    }
  }
`;
