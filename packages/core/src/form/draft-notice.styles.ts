import { css } from 'lit';

/** The draft notice's styles: part of the drafts chunk, added to the form's shadow root when it loads (lazy-drafts.ts). */
export const draftNoticeStyles = css`
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_gap) calc(var(--_gap) * 2);
    margin-block-end: calc(var(--_gap) * 2);
  }
  .notice.warning {
    border-color: var(--_danger);
  }
  .notice-icon {
    font-weight: 700;
  }
  /* The message shares its line with the icon (and grows); the choices wrap below it when narrow. */
  .notice > span:not(.notice-icon) {
    flex: 1 1 16rem;
  }
  .notice button {
    font: inherit;
    min-block-size: 2rem;
    padding: 0.2em 0.8em;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_control-bg);
    color: var(--_fg);
    cursor: pointer;
  }
  @media print {
    .notice {
      display: none;
    }
  }
`;
