import type { DocumentRecord } from '@mentorkit/schemas';

/**
 * Fired by `<mk-cohort-summary>` when the user opens one record from the summary (Enter or a click
 * on a heatmap cell, a person, or a row's open button), so the host shows it in its document element.
 */
export class MkDrillDownEvent extends Event {
  constructor(
    /** The record's id (or `kind-n` when it has none). */
    readonly recordId: string,
    /** The record itself, as given to the summary. */
    readonly record: DocumentRecord,
    /** The rated item (criterion or point) the user was on, if any. */
    readonly itemId?: string,
  ) {
    super('mk-drill-down', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mk-drill-down': MkDrillDownEvent;
  }
}
