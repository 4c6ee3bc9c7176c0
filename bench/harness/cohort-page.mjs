// Benchmark page of <mk-cohort-summary>: the summary and a static table of the same cells, each built
// from the same generated cohort. window.cohortBench runs one measurement and returns milliseconds:
// the work, the element's update and a forced style and layout (paint is the same for both).
import '@mentorkit/elements/define/cohort-summary.js';
import { getTemplate } from '@mentorkit/schemas';
import { symbolGlyphs } from '@mentorkit/core';
import { rubricCohort } from '../../test/support/cohort.ts';

const template = getTemplate('itt-mentor-standards-rag');
const items = template.standards.flatMap((standard) => standard.criteria);
const levels = new Map(template.scale.levels.map((level) => [level.id, level]));
const root = document.getElementById('root');
let records = [];
let summary;
let table;

function settle() {
  void document.body.getBoundingClientRect();
}

function clear() {
  root.replaceChildren();
  summary = undefined;
  table = undefined;
}

/** The same cells as the heatmap, as a plain table: person, group, date, a symbol per criterion. */
function staticTable(list) {
  const element = document.createElement('table');
  const head = element.createTHead().insertRow();
  for (const text of ['Person', 'Group', 'Date', ...items.map((_, i) => String(i + 1))]) {
    const th = document.createElement('th');
    th.textContent = text;
    head.append(th);
  }
  const body = element.createTBody();
  for (const record of list) {
    const row = body.insertRow();
    const person = document.createElement('th');
    person.scope = 'row';
    person.textContent = record.respondent.name;
    row.append(person);
    row.insertCell().textContent = record.organisation;
    row.insertCell().textContent = record.date;
    for (const item of items) {
      const level = levels.get(record.ratings[item.id]?.level);
      const cell = row.insertCell();
      cell.className = level ? `level-${level.id}` : 'none';
      cell.textContent = level ? symbolGlyphs[level.symbol] : '·';
    }
  }
  return element;
}

window.cohortBench = {
  prepare(size) {
    clear();
    records = rubricCohort(size);
  },
  async renderSummary() {
    const start = performance.now();
    summary = document.createElement('mk-cohort-summary');
    summary.template = template;
    summary.records = records;
    root.append(summary);
    await summary.updateComplete;
    settle();
    return performance.now() - start;
  },
  /** Sorts by a column (a click on its header): 0 is the person, 12 a criterion. */
  async sortSummary(column) {
    const header = summary.shadowRoot.querySelector(`[role=columnheader][data-col="${column}"]`);
    const start = performance.now();
    header.click();
    await summary.updateComplete;
    settle();
    return performance.now() - start;
  },
  async scrollSummary() {
    const scroller = summary.shadowRoot.querySelector('.scroller');
    const start = performance.now();
    scroller.scrollTop = scroller.scrollHeight / 2;
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    await summary.updateComplete;
    settle();
    return performance.now() - start;
  },
  renderedRows() {
    return summary.shadowRoot.querySelectorAll('[data-body-row]').length;
  },
  async renderStatic() {
    const start = performance.now();
    table = staticTable(records);
    root.append(table);
    settle();
    return performance.now() - start;
  },
  async sortStatic() {
    const start = performance.now();
    const body = table.tBodies[0];
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const rows = [...body.rows].sort((a, b) => collator.compare(b.cells[0].textContent, a.cells[0].textContent));
    const fragment = document.createDocumentFragment();
    fragment.append(...rows);
    body.append(fragment);
    settle();
    return performance.now() - start;
  },
};
