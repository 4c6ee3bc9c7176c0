import { localise, type LocalisedText } from '@mentorkit/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { getTemplate, type DocumentRecord, type RubricTemplate } from '@mentorkit/schemas';
import { agreementCohort, observationCohort, planCohort, rubricCohort } from '../../../../test/support/cohort.js';
import { hostileStrings } from '../../../../test/support/hostile-strings.js';
import type { MkDrillDownEvent } from '../events/drill-down-event.js';
import '../define/cohort-summary.js';
import type { MkCohortSummary } from './cohort-summary.js';

/** Template text as the English page shows it (the built-in templates are in five languages). */
const en = (text: LocalisedText | undefined) => localise(text, 'en');

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}

const rag = getTemplate('itt-mentor-standards-rag') as RubricTemplate;

async function render(template: unknown, records: unknown, attrs: { today?: string; lang?: string } = {}): Promise<MkCohortSummary> {
  const el = await fixture<MkCohortSummary>(
    html`<mk-cohort-summary
      .template=${template}
      .records=${records}
      today=${attrs.today ?? '2026-03-01'}
      lang=${attrs.lang ?? 'en'}
    ></mk-cohort-summary>`,
  );
  await el.updateComplete;
  return el;
}

const $ = (el: MkCohortSummary, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: MkCohortSummary, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const bodyRows = (el: MkCohortSummary) => $$(el, '[data-body-row]');
const cell = (el: MkCohortSummary, row: number, col: number) => $(el, `[data-row="${row}"][data-col="${col}"]`)!;
/** The text input of the filter's `from` or `to` date (the first or second date field). */
const dateInput = (el: MkCohortSummary, bound: 'from' | 'to') =>
  el.shadowRoot!.querySelectorAll('mk-date-field')[bound === 'from' ? 0 : 1]!.shadowRoot!.querySelector('input')!;
const textOf = (field: Element) => field.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const active = (el: MkCohortSummary) => el.shadowRoot!.activeElement as HTMLElement;
const firstPerson = (el: MkCohortSummary) => cell(el, 0, 0).textContent!.trim();

function walk(node: AxNode, visit: (node: AxNode) => void): void {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

describe('<mk-cohort-summary>', () => {
  describe('rubric heatmap: rendering', () => {
    it('renders a grid of people × criteria with counts, rendering only the rows in view', async () => {
      const records = rubricCohort(300);
      const el = await render(rag, records);
      const grid = $(el, '[role=grid]')!;
      expect(grid.getAttribute('aria-rowcount')).to.equal('301');
      expect(grid.getAttribute('aria-colcount')).to.equal(String(3 + 21));
      expect(bodyRows(el).length).to.be.greaterThan(5).and.lessThan(80);
      expect($(el, '[role=status]')!.textContent).to.contain('300 of 300 records');
      const overall = $(el, '.counts')!.textContent!;
      const numbers = [...overall.matchAll(/(\d+)/g)].map((m) => Number(m[1]));
      expect(numbers.reduce((a, b) => a + b, 0)).to.equal(300 * 21);
      expect(overall).to.match(/^Overall: ✔ Green \d+ · ▲ Amber \d+ · ✖ Red \d+ · Not rated \d+$/);
      const standards = $$(el, '[part=table] tbody th').map((th) => th.textContent!.trim());
      expect(standards).to.deep.equal(rag.standards.map((s) => en(s.title)));
      await expect(el).to.be.accessible();
    });

    it('reads a built-in template named by id in the page language, its text loaded for it', async () => {
      const el = await render('itt-mentor-standards-rag', rubricCohort(5), { lang: 'fi' });
      const standards = $$(el, '[part=table] tbody th').map((th) => th.textContent!.trim());
      expect(standards).to.deep.equal(rag.standards.map((s) => localise(s.title as LocalisedText, 'fi')));
      expect(standards[0]).not.to.equal(en(rag.standards[0]!.title));
    });

    it('shows each level with its symbol (colour is never the only signal) and names each cell', async () => {
      const [record] = rubricCohort(1);
      record!.ratings = { 'ms1-1': { level: 'green' }, 'ms1-2': { level: 'red' } };
      const el = await render(rag, [record]);
      expect(cell(el, 0, 3).textContent!.trim()).to.equal('✔');
      expect(cell(el, 0, 4).textContent!.trim()).to.equal('✖');
      expect(cell(el, 0, 5).textContent!.trim()).to.equal('·');
      expect(cell(el, 0, 3).getAttribute('aria-label')).to.equal(
        `${record!.respondent!.name}, 1.1 ${en(rag.standards[0]!.criteria[0]!.text)}: Green`,
      );
      expect(cell(el, 0, 5).getAttribute('aria-label')).to.match(/: Not rated$/);
      expect($$(el, '.legend li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        '✖ Red',
        '▲ Amber',
        '✔ Green',
        '· Not rated',
      ]);
    });

    it('reads cell by cell in the accessibility tree: each cell named by its row header, column header and level', async () => {
      const records = rubricCohort(12);
      await render(rag, records);
      const snapshot = await executeServerCommand<AxNode, Record<string, never>>('ax-tree', {});
      const grid = findAccessibilityNode<AxNode>(snapshot as AxNode & { children: AxNode[] }, (node) => node.role === 'grid')!;
      expect(grid.name).to.equal('Ratings by person and criterion');
      const rows: AxNode[] = [];
      walk(grid, (node) => node.role === 'row' && rows.push(node));
      const cellsOf = (row: AxNode) => {
        const cells: AxNode[] = [];
        walk(row, (node) => ['columnheader', 'rowheader', 'gridcell'].includes(node.role) && node !== row && cells.push(node));
        return cells;
      };
      const headers = cellsOf(rows[0]!).map((node) => node.name.trim());
      expect(headers.slice(0, 4)).to.deep.equal(['Person', 'Group', 'Date', `1.1 ${en(rag.standards[0]!.criteria[0]!.text)}`]);
      expect(rows.length).to.equal(13);
      const levels = new Set(['Red', 'Amber', 'Green', 'Not rated']);
      let read = 0;
      for (const row of rows.slice(1)) {
        const [person, ...rest] = cellsOf(row);
        expect(person!.role).to.equal('rowheader');
        rest.slice(2).forEach((node, index) => {
          const [prefix, level] = [node.name.slice(0, node.name.lastIndexOf(': ')), node.name.slice(node.name.lastIndexOf(': ') + 2)];
          expect(prefix).to.equal(`${person!.name.trim()}, ${headers[index + 3]}`);
          expect(levels.has(level)).to.equal(true, node.name);
          read++;
        });
      }
      expect(read).to.equal(12 * 21);
    });
  });

  describe('keyboard', () => {
    it('moves between cells with arrows, Home/End, Ctrl+Home/End and PageDown; one cell in the tab order', async () => {
      const el = await render(rag, rubricCohort(500));
      expect($$(el, '[role=grid] [tabindex="0"]').length).to.equal(1);
      cell(el, -1, 0).focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => active(el)?.dataset['row'] === '0');
      expect(active(el).getAttribute('role')).to.equal('rowheader');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => active(el)?.dataset['col'] === '3');
      expect(active(el).getAttribute('aria-label')).to.contain(en(rag.standards[0]!.criteria[0]!.text));
      await sendKeys({ press: 'End' });
      await waitUntil(() => active(el)?.dataset['col'] === '23');
      await sendKeys({ press: 'Home' });
      await waitUntil(() => active(el)?.dataset['col'] === '0');
      await sendKeys({ press: 'PageDown' });
      await waitUntil(() => Number(active(el)?.dataset['row']) > 3);
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      await waitUntil(() => active(el)?.dataset['row'] === '499', 'the last row is rendered and focused');
      expect(active(el).dataset['col']).to.equal('23');
      expect($$(el, '[role=grid] [tabindex="0"]')).to.deep.equal([active(el)]);
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Home' });
      await sendKeys({ up: 'Control' });
      await waitUntil(() => active(el)?.dataset['row'] === '-1' && active(el).dataset['col'] === '0');
      await expect(el).to.be.accessible();
    });

    it('Enter on a cell opens its record (mk-drill-down names the record and criterion)', async () => {
      const records = rubricCohort(20);
      const el = await render(rag, records);
      cell(el, 0, 4).focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(el, 'mk-drill-down')) as MkDrillDownEvent;
      const person = firstPerson(el);
      expect(event.record).to.equal(records.find((r) => r.respondent!.name === person));
      expect(event.recordId).to.equal(event.record.id);
      expect(event.itemId).to.equal('ms1-2');
    });

    it('Enter on a column header sorts by it, then the other way', async () => {
      const el = await render(rag, rubricCohort(60));
      const header = cell(el, -1, 3);
      header.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(cell(el, -1, 3).getAttribute('aria-sort')).to.equal('ascending');
      expect(cell(el, 0, 3).getAttribute('aria-label')).to.match(/: Not rated$/);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(cell(el, -1, 3).getAttribute('aria-sort')).to.equal('descending');
      expect(cell(el, 0, 3).getAttribute('aria-label')).to.match(/: Green$/);
      expect(cell(el, -1, 0).hasAttribute('aria-sort')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('sorting and filtering', () => {
    it('sorts by person, group and date (click on a header)', async () => {
      const records = rubricCohort(80);
      const el = await render(rag, records);
      const names = records.map((r) => r.respondent!.name).sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare);
      expect(firstPerson(el)).to.equal(names[0]);
      cell(el, -1, 0).click();
      await el.updateComplete;
      expect(firstPerson(el)).to.equal(names.at(-1));
      cell(el, -1, 2).click();
      await el.updateComplete;
      const dates = records.map((r) => r.date!).sort();
      expect(cell(el, 0, 2).textContent!.trim()).to.equal(dates[0]);
    });

    it('filters by person (typed), group, dates and level; says how many are shown', async () => {
      const records = rubricCohort(120);
      const el = await render(rag, records);
      $(el, 'input[type=search]')!.focus();
      await sendKeys({ type: 'anna' });
      await el.updateComplete;
      const annas = records.filter((r) => r.respondent!.name.toLowerCase().includes('anna')).length;
      expect($(el, '[role=status]')!.textContent).to.contain(`${annas} of 120 records`);
      expect(bodyRows(el).length).to.equal(annas);
      (el.shadowRoot!.querySelector('input[type=search]') as HTMLInputElement).value = '';
      $(el, 'input[type=search]')!.dispatchEvent(new Event('input'));
      const group = $$(el, 'select')[0] as HTMLSelectElement;
      group.value = 'Lakeside School';
      group.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const lakeside = records.filter((r) => r.organisation === 'Lakeside School');
      expect($(el, '[role=status]')!.textContent).to.contain(`${lakeside.length} of 120`);
      const level = $$(el, 'select')[1] as HTMLSelectElement;
      level.value = 'red';
      level.dispatchEvent(new Event('change'));
      // From 1 January 2026, typed as the page's language writes a date (en: month first), left with Tab.
      dateInput(el, 'from').focus();
      await sendKeys({ type: '01/01/2026' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      const expected = lakeside.filter((r) => r.date! >= '2026-01-01' && Object.values(r.ratings!).some((x) => x.level === 'red'));
      expect($(el, '[role=status]')!.textContent).to.contain(`${expected.length} of 120`);
      await expect(el).to.be.accessible();
    });

    it('reads date bounds in the page language, and leaves a bound that is not a date unset, saying so', async () => {
      const records = rubricCohort(60);
      const el = await render(rag, records, { lang: 'nb' });
      // The date fields render once Norwegian has loaded.
      await Promise.all([...el.shadowRoot!.querySelectorAll('mk-date-field')].map((field) => field.updateComplete));
      const to = dateInput(el, 'to');
      expect(to.type).to.equal('text');
      expect(textOf(el.shadowRoot!.querySelectorAll('mk-date-field')[1]!)).to.contain('dd.mm.åååå');
      to.focus();
      await sendKeys({ type: '31.12.2025' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      const before2026 = records.filter((r) => r.date! <= '2025-12-31').length;
      expect(before2026).to.be.within(1, 59);
      expect($(el, '[role=status]')!.textContent).to.contain(`${before2026} av 60`);

      to.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: 'x' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect($(el, '[role=status]')!.textContent).to.contain('60 av 60');
      const field = el.shadowRoot!.querySelectorAll('mk-date-field')[1]!;
      await waitUntil(() => field.shadowRoot!.querySelector('[part=error]')?.textContent?.trim());
      expect(to.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('an empty result says so and stays accessible', async () => {
      const el = await render(rag, rubricCohort(10));
      ($(el, 'input[type=search]') as HTMLInputElement).value = 'nobody at all';
      $(el, 'input[type=search]')!.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('No records match.');
      expect(bodyRows(el).length).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('pages and bad input', () => {
    it('adds pages of records as they arrive', async () => {
      const records = rubricCohort(250);
      const el = await render(rag, records.slice(0, 100));
      el.appendRecords(records.slice(100, 200));
      await el.updateComplete;
      el.appendRecords(records.slice(200));
      await el.updateComplete;
      expect($(el, '[role=status]')!.textContent).to.contain('250 of 250');
      expect(el.records.length).to.equal(250);
    });

    it('leaves out what is not a record of the template, and shows hostile text as text', async () => {
      const [good] = rubricCohort(1);
      const hostile = hostileStrings.slice(0, 30).map((name, i) => ({ ...good!, id: `h${i}`, respondent: { name }, organisation: name }));
      const junk = [
        null,
        'x',
        42,
        [],
        { kind: 'rubric' },
        { ...good, template: { id: 'other', version: '1.0.0' } },
        { ...good, ratings: 'nope' },
        { ...good, respondent: { name: 7 } },
      ];
      const el = await render(rag, [...junk, ...hostile] as unknown as DocumentRecord[]);
      expect($(el, '[role=status]')!.textContent).to.contain('32 of 32');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('script, img, svg, iframe')).to.equal(null);
    });

    it('without a template says there is nothing to show', async () => {
      const el = await render(undefined, rubricCohort(3));
      expect($(el, '[role=status]')!.textContent).to.equal('No records match.');
      const unknown = await render('no-such-template', []);
      expect($(unknown, '[role=status]')).to.exist;
      await expect(unknown).to.be.accessible();
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('renders every row when printing', async () => {
      const el = await render(rag, rubricCohort(400));
      expect(bodyRows(el).length).to.be.lessThan(100);
      await emulateMedia({ media: 'print' });
      await waitUntil(() => bodyRows(el).length === 400, 'all rows for print');
      await emulateMedia({ media: 'screen' });
      await waitUntil(() => bodyRows(el).length < 100, 'back to the rows in view');
    });
  });

  describe('observations', () => {
    const template = getTemplate('respond-observation')!;

    it('shows the distribution of ratings per point', async () => {
      const records = observationCohort(40);
      const el = await render(template, records);
      const rows = $$(el, 'section:first-of-type tbody tr');
      expect(rows.length).to.equal(4);
      const numbers = rows[0]!.querySelectorAll('td.number');
      const total = [...numbers].reduce((n, td) => n + Number(td.textContent), 0);
      expect(total).to.equal(40);
      const veryGood = records.filter((r) => r.ratings!['point-1']!.level === 'very-good').length;
      expect(numbers[0]!.textContent).to.equal(String(veryGood));
      await expect(el).to.be.accessible();
    });

    it('shows one teacher’s observations over time, and switches teacher', async () => {
      const records = observationCohort(40, 4);
      const el = await render(template, records);
      const table = () => $$(el, 'section:nth-of-type(2) tbody tr');
      expect(table().length).to.equal(10);
      const dates = table().map((tr) => tr.querySelector('th')!.textContent);
      expect(dates).to.deep.equal([...dates].sort());
      const select = $(el, 'section:nth-of-type(2) select') as HTMLSelectElement;
      select.value = 'teacher-2';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.teacher).to.equal('teacher-2');
      setTimeout(() => table()[0]!.querySelector('button')!.click());
      const event = (await oneEvent(el, 'mk-drill-down')) as MkDrillDownEvent;
      expect((event.record as { information: { observed: { id: string } } }).information.observed.id).to.equal('teacher-2');
      await expect(el).to.be.accessible();
    });
  });

  describe('plans', () => {
    it('shows steps done, actions overdue and reviews due per person', async () => {
      const records = planCohort(10);
      const el = await render(getTemplate('respond-development-plan'), records, { today: '2026-03-01' });
      const rows = $$(el, 'section:first-of-type tbody tr');
      expect(rows.length).to.equal(10);
      const first = records[0]!;
      const done = Object.values(first.steps!).filter((s) => s.status === 'done').length;
      const cells = [...rows[0]!.querySelectorAll('td')].map((td) => td.textContent!.trim());
      expect(cells[1]).to.equal(`${done} / 10`);
      const overdue = Object.values(first.steps!)
        .flatMap((s) => s.actions ?? [])
        .filter((a) => a.due! < '2026-03-01').length;
      expect(cells[2]).to.contain(String(overdue));
      // Quarterly from 2025-09-01: reviews due 2025-12-01 and 2026-03-01 (today) — one is overdue unless reviewed.
      expect(Number(cells[3]) + Number(cells[4].replace('!', ''))).to.be.at.least(1);
      await expect(el).to.be.accessible();
    });

    it('shows reviews per quarter over time', async () => {
      const records = planCohort(30);
      const el = await render(getTemplate('respond-development-plan'), records);
      const quarters = $$(el, 'section:nth-of-type(2) tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
      const all = records.flatMap((r) => r.reviews ?? []);
      expect(quarters.reduce((n, [, reviews]) => n + Number(reviews), 0)).to.equal(all.length);
      const december = all.filter((review) => review.date.startsWith('2025-12')).length;
      expect(quarters[0]).to.deep.equal(['2025-Q4', String(december), String(december)]);
      expect(quarters.map(([q]) => q)).to.deep.equal([...quarters.map(([q]) => q)].sort());
      await expect(el).to.be.accessible();
    });
  });

  describe('agreements', () => {
    it('shows draft, signed and changed after signing', async () => {
      const records = await agreementCohort(6);
      const el = await render(getTemplate('respond-agreement'), records);
      await waitUntil(() => !el.shadowRoot!.textContent!.includes('Checking signatures'), 'signatures checked');
      expect($(el, '.counts')!.textContent!.trim()).to.equal('○ Draft 2 · ◐ Partly signed 0 · ✔ Signed 2 · ! Changed after signing 2');
      const states = $$(el, 'tbody tr').map((tr) => tr.querySelectorAll('td')[2]!.textContent!.replace(/\s+/g, ' ').trim());
      expect(states.slice(0, 3)).to.deep.equal(['○ Draft', '✔ Signed', '! Changed after signing']);
      await expect(el).to.be.accessible();
    });
  });

  describe('localisation', () => {
    it('follows lang (nb)', async () => {
      const el = await render(rag, rubricCohort(5), { lang: 'nb' });
      expect($(el, '#heatmap-title')!.textContent).to.equal('Vurderinger per person og kriterium');
      expect($(el, '[role=status]')!.textContent).to.contain('5 av 5 registreringer');
    });

    it('switches language live, template text included', async () => {
      const template = structuredClone(rag);
      template.standards[0]!.criteria[0]!.text = { en: 'Be approachable', fi: 'Ole helposti lähestyttävä' };
      const el = await render(template, rubricCohort(3));
      expect(cell(el, -1, 3).getAttribute('aria-label')).to.equal('1.1 Be approachable');
      el.lang = 'fi';
      await waitUntil(() => cell(el, -1, 3).getAttribute('aria-label') === '1.1 Ole helposti lähestyttävä', 'Finnish criterion text');
      expect($(el, '#heatmap-title')!.textContent).to.equal('Arviot henkilöittäin ja kriteereittäin');
      await expect(el).to.be.accessible();
    });
  });
});
