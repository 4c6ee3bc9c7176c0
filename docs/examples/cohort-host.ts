// A programme page: <mk-cohort-summary> beside the document element that opens one record.
import '@mentorkit/elements/define/cohort-summary.js';
import '@mentorkit/elements/define/rag-rubric.js';
import type { MkCohortSummary, MkDrillDownEvent, MkRagRubric } from '@mentorkit/elements';
import type { DocumentRecord } from '@mentorkit/schemas';

/** Shows the host's records page by page, as they arrive from its API. */
export async function loadCohort(summary: MkCohortSummary, pages: AsyncIterable<DocumentRecord[]>): Promise<void> {
  for await (const page of pages) summary.appendRecords(page);
}

/** Opens the record the user picks in the summary (Enter or a click on a cell) in the rubric beside it. */
export function openPickedRecords(summary: MkCohortSummary, rubric: MkRagRubric): void {
  summary.addEventListener('mk-drill-down', (event: MkDrillDownEvent) => {
    rubric.value = structuredClone(event.record);
    rubric.scrollIntoView({ block: 'start' });
  });
}
