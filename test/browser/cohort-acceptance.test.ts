// Acceptance: a programme page loads a generated cohort of 5,000 self-assessments page by page, filters
// and sorts the heatmap by keyboard and pointer, and opens a record in <mk-rag-rubric> from a cell.
// The page wiring is docs/examples/cohort-host.ts, the example docs/cohort-summary.md shows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MkCohortSummary, MkRagRubric } from '@mentorkit/elements';
import { validateRecord, type RubricRecord } from '@mentorkit/schemas';
import { loadCohort, openPickedRecords } from '../../docs/examples/cohort-host.js';
import { rubricCohort } from '../support/cohort.js';
import { controlOf, fieldAt } from '../support/fields.js';

async function* pagesOf(records: RubricRecord[], size: number) {
  for (let start = 0; start < records.length; start += size) {
    await new Promise((resolve) => setTimeout(resolve));
    yield records.slice(start, start + size);
  }
}

describe('programme page: cohort summary with a rubric', function () {
  this.timeout(60_000);

  it('loads 5,000 records in pages, filters, sorts and opens one in the rubric', async () => {
    const cohort = rubricCohort(5000);
    for (const record of cohort.slice(0, 50)) expect(validateRecord(record)).to.deep.equal([]);
    const page = await fixture<HTMLElement>(
      html`<div>
        <mk-cohort-summary template="itt-mentor-standards-rag"></mk-cohort-summary>
        <mk-rag-rubric template="itt-mentor-standards-rag" user-role="headTeacher"></mk-rag-rubric>
      </div>`,
    );
    const summary = page.querySelector<MkCohortSummary>('mk-cohort-summary')!;
    const rubric = page.querySelector<MkRagRubric>('mk-rag-rubric')!;
    openPickedRecords(summary, rubric);
    await loadCohort(summary, pagesOf(cohort, 500));
    await summary.updateComplete;
    const root = summary.shadowRoot!;
    const status = () => root.querySelector('[role=status]')!.textContent!;
    expect(status()).to.contain('5000 of 5000 records');

    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    search.focus();
    await sendKeys({ type: 'Marco' });
    await summary.updateComplete;
    const marcos = cohort.filter((r) => r.respondent!.name.includes('Marco'));
    expect(status()).to.contain(`${marcos.length} of 5000 records`);

    root.querySelector<HTMLElement>('[role=columnheader][data-col="2"]')!.click();
    await summary.updateComplete;
    const earliest = [...marcos].sort((a, b) => a.date!.localeCompare(b.date!) || cohort.indexOf(a) - cohort.indexOf(b))[0]!;
    const rowHeader = root.querySelector<HTMLElement>('[data-row="0"][data-col="0"]')!;
    expect(rowHeader.textContent!.trim()).to.equal(earliest.respondent!.name);

    rowHeader.focus();
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => (root.activeElement as HTMLElement | null)?.dataset['col'] === '5');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rubric.value && (rubric.value as RubricRecord).id === earliest.id, 'the record opens in the rubric');
    await rubric.updateComplete;
    expect((rubric.value as RubricRecord).respondent!.name).to.equal(earliest.respondent!.name);
    expect(controlOf(fieldAt(rubric, '/respondent/name')).value, 'the rubric shows the person it opened').to.equal(
      earliest.respondent!.name,
    );
    await expect(summary).to.be.accessible();
  });
});
