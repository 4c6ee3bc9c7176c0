import { css } from 'lit';
import { visuallyHidden } from '../styles/visually-hidden.js';

/**
 * Styles of what any form may render besides its fields: the notice of a widget whose code is loading. The
 * widgets that load on demand bring their own (rare-widgets.styles.ts).
 */
export const widgetStyles = [
  visuallyHidden,
  css`
    /* A widget whose code is loading (lazy.ts): its notice holds about the height of the widget it stands for. */
    .loading {
      margin-block: 0 var(--_gap, 0.75rem);
      min-block-size: 2.5em;
      color: var(--_muted, inherit);
    }
    mk-signature:not(:defined) {
      display: block;
      min-block-size: 8.5em;
    }
  `,
];
