import { css } from 'lit';

export const cohortSummaryStyles = css`
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_fg);
    --_row-height: 2rem;
    --_cell-width: var(--mk-cohort-summary-cell-width, 2.75rem);
    --_person-width: var(--mk-cohort-summary-person-width, 12rem);
    --_grid-height: var(--mk-cohort-summary-height, 28rem);
  }
  h2 {
    font-size: 1.2em;
    margin: 1rem 0 0.5rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin-block-end: 0.75rem;
  }
  .filters label,
  .date-filter {
    display: grid;
    gap: 0.2rem;
    font-size: 0.9em;
  }
  .date-filter {
    max-inline-size: 12rem;
    --mk-form-control-spacing: 0;
  }
  .date-filter::part(label) {
    font-weight: normal;
  }
  .date-filter::part(control) {
    padding: 0.3rem 0.5rem;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    background: var(--_control-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.5rem;
  }
  button {
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .counts {
    margin: 0 0 0.5rem;
    font-variant-numeric: tabular-nums;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0;
    margin: 0 0 0.5rem;
    list-style: none;
  }
  table {
    border-collapse: collapse;
    margin-block-end: 1rem;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25rem 0.5rem;
    text-align: start;
  }
  td.number {
    text-align: end;
  }
  .scroller {
    max-block-size: var(--_grid-height);
    overflow: auto;
    /* A cell focused by keyboard scrolls into view clear of the sticky header row and person column. */
    scroll-padding-block-start: calc(var(--_row-height) * 1.5);
    scroll-padding-inline-start: var(--_person-width);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    position: relative;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_person-width) 9rem 6.5rem repeat(var(--_items), var(--_cell-width));
    block-size: var(--_row-height);
    min-inline-size: max-content;
  }
  .header {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    background: var(--_bg);
    block-size: auto;
    min-block-size: var(--_row-height);
  }
  .cell {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: center;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
    border-inline-end: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    background: var(--_bg);
  }
  .cell.text {
    justify-content: start;
    padding-inline: 0.4rem;
  }
  .cell[role='rowheader'],
  .header .cell:first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    font-weight: 600;
  }
  .header .cell {
    font-weight: 600;
    cursor: pointer;
    white-space: normal;
    padding: 0.2rem;
    text-align: center;
  }
  .header .cell[aria-sort='ascending']::after {
    content: ' ▲';
  }
  .header .cell[aria-sort='descending']::after {
    content: ' ▼';
  }
  .level {
    background: color-mix(in srgb, var(--_level, var(--_muted)) 28%, var(--_bg));
  }
  .rank-1 {
    --_level: var(--_l1);
  }
  .rank-2 {
    --_level: var(--_l2);
  }
  .rank-3 {
    --_level: var(--_l3);
  }
  .rank-4 {
    --_level: var(--_l4);
  }
  .rank-5 {
    --_level: var(--_l5);
  }
  .rank-6 {
    --_level: var(--_l6);
  }
  .rank-7 {
    --_level: var(--_l7);
  }
  .rank-8 {
    --_level: var(--_l8);
  }
  .rank-9 {
    --_level: var(--_l9);
  }
  .rank-10 {
    --_level: var(--_l10);
  }
  .none {
    color: var(--_muted);
  }
  .cell:focus-visible {
    outline-offset: -3px;
    z-index: 3;
  }
  .bar {
    display: flex;
    inline-size: 10rem;
    block-size: 0.8rem;
    border: 1px solid var(--_border);
  }
  .bar span {
    background: color-mix(in srgb, var(--_level, var(--_muted)) 70%, var(--_bg));
    min-inline-size: 0;
  }
  .mark {
    display: inline-block;
    min-inline-size: 1.2em;
  }
  @media (forced-colors: active) {
    .level,
    .bar span {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
  }
  @media print {
    .filters {
      display: none;
    }
    .scroller {
      max-block-size: none;
      overflow: visible;
      border: 0;
    }
    .header,
    .cell[role='rowheader'] {
      position: static;
    }
    .row {
      break-inside: avoid;
    }
    .level,
    .bar span {
      print-color-adjust: exact;
    }
    .open {
      display: none;
    }
  }
`;
