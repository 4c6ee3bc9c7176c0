import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/elements/define/cohort-summary.js';
import type { MkCohortSummary } from '@mentorkit/elements';
import { agreementCohort, observationCohort, planCohort, rubricCohort } from '../test/support/cohort.js';

const meta: Meta = {
  title: 'Programme/Cohort summary',
  component: 'mk-cohort-summary',
  args: { template: 'itt-mentor-standards-rag', size: 200, lang: '', today: '2026-03-01' },
  argTypes: {
    template: {
      control: 'select',
      options: ['itt-mentor-standards-rag', 'respond-guidelines-self-review', 'mensi-success-conditions', 'curee-coaching-checklists'],
    },
    size: { control: { type: 'number', min: 0, max: 5000, step: 100 } },
  },
  render: (a, { loaded }) =>
    html`<mk-cohort-summary
      template=${a['template']}
      today=${a['today']}
      lang=${a['lang'] || document.documentElement.lang}
      .records=${(loaded['records'] as unknown[] | undefined) ?? rubricCohort(a['size'] as number, a['template'] as string)}
      @mk-drill-down=${(event: Event) => console.info('mk-drill-down', (event as Event & { recordId: string }).recordId)}
    ></mk-cohort-summary>`,
};
export default meta;
type Story = StoryObj;

/** 200 self-assessments on the ITT mentor standards (RAG): heatmap, counts per standard and overall. */
export const RubricHeatmap: Story = {};

/** The RESPOND self-review, whose scale is listed highest first. */
export const RubricDescendingScale: Story = { args: { template: 'respond-guidelines-self-review' } };

/** Sorted by the first criterion's level, highest first (Enter twice on its column header). */
export const RubricSortedByCriterion: Story = {
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector<MkCohortSummary>('mk-cohort-summary')!;
    await summary.updateComplete;
    const header = summary.shadowRoot!.querySelector<HTMLElement>('[role=columnheader][data-col="3"]')!;
    header.click();
    await summary.updateComplete;
    summary.shadowRoot!.querySelector<HTMLElement>('[role=columnheader][data-col="3"]')!.click();
  },
};

/** A filter that matches nobody: says so. */
export const RubricNoMatch: Story = {
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector<MkCohortSummary>('mk-cohort-summary')!;
    await summary.updateComplete;
    const search = summary.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'nobody by that name';
    search.dispatchEvent(new Event('input'));
  },
};

/** No records yet: the first page has not arrived. */
export const RubricEmpty: Story = { args: { size: 0 } };

/** 5,000 records: only the rows in view are rendered. */
export const RubricLargeCohort: Story = { args: { size: 5000 } };

/** Pages of 100 records added as they arrive (`appendRecords`). */
export const RubricPagesArriving: Story = {
  args: { size: 100 },
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector<MkCohortSummary>('mk-cohort-summary')!;
    const all = rubricCohort(400);
    for (let page = 1; page < 4; page++) {
      await summary.updateComplete;
      summary.appendRecords(all.slice(page * 100, (page + 1) * 100));
    }
  },
};

/** Norwegian. */
export const RubricNorwegian: Story = { args: { lang: 'nb' } };

/** RESPOND observations: distribution of ratings per point, and one teacher over time. */
export const Observations: Story = {
  args: { template: 'respond-observation' },
  loaders: [async () => ({ records: observationCohort(60, 6) })],
};

/** Development plans: steps done, actions overdue and reviews due per person, on 1 March 2026. */
export const Plans: Story = {
  args: { template: 'respond-development-plan' },
  loaders: [async () => ({ records: planCohort(25) })],
};

/** RESPOND agreements: drafts, signed, and changed after signing. */
export const Agreements: Story = {
  args: { template: 'respond-agreement' },
  loaders: [async () => ({ records: await agreementCohort(12) })],
};
