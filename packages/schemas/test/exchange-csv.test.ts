import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { csvCell, recordsToCsv, toCsv, utf8Bom } from '../src/exchange/csv.js';
import { textIn } from '../src/exchange/text.js';
import { getTemplate, validateRecord, type DocumentRecord, type RubricTemplate } from '../src/index.js';
import { observationCohort, rubricCohort } from '../../../test/support/cohort.js';
import { hostileStrings } from '../../../test/support/hostile-strings.js';

/** Reads CSV as a spreadsheet does on import: strict RFC 4180 (no loose quotes, equal column counts), BOM removed. */
function readAsSpreadsheet(csv: string): string[][] {
  assert.ok(csv.startsWith(utf8Bom), 'starts with a UTF-8 BOM');
  return parse(csv, {
    bom: true,
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
    record_delimiter: '\r\n',
  }) as string[][];
}

/** What a spreadsheet does with a cell's text: a leading =, +, -, @, tab or CR starts a formula. */
function runsAsFormula(cell: string): boolean {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell);
}

const rag = getTemplate('itt-mentor-standards-rag') as RubricTemplate;

describe('CSV export', () => {
  describe('cells', () => {
    it('quotes commas, quotes, CR and LF, doubling quotes (RFC 4180)', () => {
      assert.equal(csvCell('a,b'), '"a,b"');
      assert.equal(csvCell('say "hi"'), '"say ""hi"""');
      assert.equal(csvCell('two\r\nlines'), '"two\r\nlines"');
      assert.equal(csvCell('plain'), 'plain');
      assert.equal(csvCell(undefined), '');
      assert.equal(csvCell(3), '3');
      assert.equal(csvCell(-3), '-3', 'a number is a number, not a formula');
    });

    it('neutralises every cell a spreadsheet would run as a formula', () => {
      for (const text of ['=1+1', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '＝1', '=HYPERLINK("http://x","y")'])
        assert.equal(csvCell(text).replace(/^"|"$/g, '').startsWith("'"), true, JSON.stringify(text));
    });
  });

  describe('records', () => {
    const records = rubricCohort(50);

    it('exports valid records: one row per record, a column per criterion, labels in cells', () => {
      for (const record of records.slice(0, 5)) assert.deepEqual(validateRecord(record, rag), []);
      const rows = readAsSpreadsheet(recordsToCsv(rag, records));
      assert.equal(rows.length, 51);
      assert.deepEqual(rows[0]!.slice(0, 8), ['record', 'template', 'version', 'kind', 'status', 'person', 'group', 'date']);
      assert.equal(rows[0]!.length, 8 + 21);
      const first = records[0]!;
      assert.deepEqual(rows[1]!.slice(0, 8), [
        first.id,
        rag.id,
        rag.version,
        'rubric',
        first.status,
        first.respondent!.name,
        first.organisation,
        first.date,
      ]);
      const column = rows[0]!.indexOf(textIn(rag.standards[0]!.criteria[0]!.text));
      const level = rag.scale.levels.find((l) => l.id === first.ratings!['ms1-1']?.level);
      assert.equal(rows[1]![column], level ? textIn(level.label) : '');
    });

    it('exports one row per rated item with level id, label, value and notes', () => {
      const rows = readAsSpreadsheet(recordsToCsv(rag, records, { rows: 'item' }));
      const rated = records.reduce((n, record) => n + Object.keys(record.ratings ?? {}).length, 0);
      assert.equal(rows.length, 1 + rated);
      const [, row] = rows;
      assert.equal(row![0], 'rubric-1');
      assert.ok(['red', 'amber', 'green'].includes(row![11]!));
      assert.equal(row![13], String(rag.scale.levels.find((l) => l.id === row![11])!.value));
    });

    it('exports observations of the RESPOND form with their points', () => {
      const template = getTemplate('respond-observation')!;
      const rows = readAsSpreadsheet(recordsToCsv(template, observationCohort(10)));
      assert.equal(rows.length, 11);
      assert.equal(rows[0]![8], 'Observation point 1');
      assert.ok(['Very good', 'Good', 'Less good'].includes(rows[1]![8]!));
    });
  });

  describe('hostile text', () => {
    it('keeps every value in its own cell and runs no formula', () => {
      const texts = [...hostileStrings, '=cmd|"/c calc"!A1', '+SUM(1)', '-2+3', '@A1', '\t=1', 'a,b\r\n"c"', 'ünïcødé ✓ 日本語'];
      const records: DocumentRecord[] = texts.map((text, index) => ({
        schemaVersion: 1,
        kind: 'rubric',
        id: `r${index}`,
        template: { id: rag.id, version: rag.version },
        respondent: { name: text },
        organisation: text,
        ratings: { 'ms1-1': { level: 'red', notes: text } },
      }));
      const byRecord = readAsSpreadsheet(recordsToCsv(rag, records));
      const byItem = readAsSpreadsheet(recordsToCsv(rag, records, { rows: 'item' }));
      texts.forEach((text, index) => {
        for (const [row, width, cells] of [
          [byRecord[index + 1]!, 8 + 21, [5, 6]],
          [byItem[index + 1]!, 15, [5, 6, 14]],
        ] as const) {
          assert.equal(row.length, width, 'no value spills into another cell');
          for (const cell of cells) {
            const value = row[cell]!;
            assert.equal(runsAsFormula(value), false, `cell ${cell} of ${JSON.stringify(text)} would run`);
            const wellFormed = text.replace(/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
            assert.equal(value.replace(/^'(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/, ''), wellFormed, 'the text is all there');
          }
        }
      });
    });

    it('writes a table of arbitrary cells that parses back cell for cell', () => {
      const rows = [
        ['a', 'b,c', '"q"'],
        ['line\nbreak', '', '=x'],
        ['', '', ''],
      ];
      const back = readAsSpreadsheet(toCsv(rows));
      assert.deepEqual(back, [
        ['a', 'b,c', '"q"'],
        ['line\nbreak', '', "'=x"],
        ['', '', ''],
      ]);
    });
  });
});
