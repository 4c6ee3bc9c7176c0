import { localise, type LocalisedText } from '@mentorkit/core';
import { expect } from '@open-wc/testing';
import { getTemplate, type RubricRecord, type RubricTemplate } from '@mentorkit/schemas';
import { appendToMatrix, countLevels, countsByGroup, emptyMatrix, filterRows, sortRows } from './rubric-matrix.js';

/** Template text as the English page shows it (the built-in templates are in five languages). */
const en = (text: LocalisedText | undefined) => localise(text, 'en');

const rag = getTemplate('itt-mentor-standards-rag') as RubricTemplate;

function record(id: string, name: string, organisation: string, date: string, ratings: Record<string, string>): RubricRecord {
  return {
    schemaVersion: 1,
    kind: 'rubric',
    id,
    template: { id: rag.id, version: rag.version },
    respondent: { name },
    organisation,
    date,
    ratings: Object.fromEntries(Object.entries(ratings).map(([item, level]) => [item, { level }])),
  };
}

const records = [
  record('a', 'Zoe Lind', 'Lakeside', '2026-01-10', { 'ms1-1': 'green', 'ms1-2': 'red' }),
  record('b', 'anna Berg', 'Hillview', '2025-10-01', { 'ms1-1': 'red', 'ms4-2': 'amber' }),
  record('c', 'Marco Rossi', 'Lakeside', '2026-02-20', { 'ms1-1': 'amber' }),
];

describe('rubric matrix', () => {
  const matrix = appendToMatrix(emptyMatrix(rag), records);

  it('keeps a rank per cell: 1 is the lowest level, 0 not rated; unknown items are ignored', () => {
    expect(matrix.items.length).to.equal(21);
    expect([...matrix.cells.subarray(0, 3)]).to.deep.equal([3, 1, 0]);
    expect(matrix.cells[1 * 21 + 20]).to.equal(2);
  });

  it('appends pages without changing the rows already there', () => {
    const first = appendToMatrix(emptyMatrix(rag), records.slice(0, 1));
    const both = appendToMatrix(first, records.slice(1));
    expect([...both.cells]).to.deep.equal([...matrix.cells]);
    expect(first.records.length).to.equal(1);
  });

  it('filters by person (any case), group, dates and level, in one column or any', () => {
    expect(filterRows(matrix, { person: 'ANNA' })).to.deep.equal([1]);
    expect(filterRows(matrix, { group: 'Lakeside' })).to.deep.equal([0, 2]);
    expect(filterRows(matrix, { from: '2026-01-01', to: '2026-01-31' })).to.deep.equal([0]);
    expect(filterRows(matrix, { level: 'red' })).to.deep.equal([0, 1]);
    expect(filterRows(matrix, { level: 'red', item: 'ms1-1' })).to.deep.equal([1]);
  });

  it('sorts by person, group, date and item level, both ways, ties in record order', () => {
    const all = () => [0, 1, 2];
    expect(sortRows(matrix, all(), { by: 'person' }, 'ascending', 'en')).to.deep.equal([1, 2, 0]);
    expect(sortRows(matrix, all(), { by: 'date' }, 'descending')).to.deep.equal([2, 0, 1]);
    expect(sortRows(matrix, all(), { by: 'group' }, 'ascending')).to.deep.equal([1, 0, 2]);
    expect(sortRows(matrix, all(), { by: 'item', item: 0 }, 'descending')).to.deep.equal([0, 2, 1]);
  });

  it('counts levels per item, per standard and overall', () => {
    const counts = countLevels(matrix, [0, 1, 2]);
    expect([...counts.byItem[0]!]).to.deep.equal([0, 1, 1, 1]);
    expect(counts.overall.reduce((a, b) => a + b, 0)).to.equal(3 * 21);
    const [ms1] = countsByGroup(matrix, counts);
    expect(ms1!.title).to.equal(en(rag.standards[0]!.title));
    expect([...ms1!.counts]).to.deep.equal([15 - 4, 2, 1, 1]);
  });
});
