import type { DocumentRecord, Template } from '../kinds.js';
import { levelsLowToHigh, ratedItems, ratingsOf, recordFacts, scaleOf } from './record-facts.js';
import { textIn } from './text.js';

/** A cell value: text, a number, a boolean, or nothing. */
export type CsvValue = string | number | boolean | null | undefined;

/** Byte order mark: spreadsheets read a CSV as UTF-8 only when it starts with one. */
export const utf8Bom = '\uFEFF';

/**
 * Characters a spreadsheet reads, at the start of a cell, as the start of a formula (OWASP "CSV
 * injection"), with their full-width twins, which some spreadsheets fold to them.
 */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * What a spreadsheet cell cannot hold, written as U+FFFD: a lone UTF-16 surrogate (UTF-8 cannot encode it) and
 * NUL (LibreOffice drops it silently; the replacement character shows that something was there).
 */
const unrepresentable = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * One cell of RFC 4180 CSV. Text that a spreadsheet would run as a formula gets a leading apostrophe
 * (shown as text, never evaluated; numbers are not text and stay as they are); a cell with a comma,
 * quote, CR or LF is quoted, with quotes doubled.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value).replace(unrepresentable, '\uFFFD');
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV: CRLF after every row, UTF-8 BOM first unless `bom` is false. */
export function toCsv(rows: CsvValue[][], { bom = true } = {}): string {
  return (bom ? utf8Bom : '') + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

export interface CsvExportOptions {
  /** `record`: one row per record, a column per rated item. `item`: one row per rated item of each record. */
  rows?: 'record' | 'item';
  /** Language of template text in the headings and level labels (default: the template's). */
  lang?: string;
  bom?: boolean;
}

const recordColumns = ['record', 'template', 'version', 'kind', 'status', 'person', 'group', 'date'] as const;

/**
 * Records of one template as a CSV table. Ratings are written as the level's label, with its value
 * in the item rows; every other field stays in the JSON record.
 */
export function recordsToCsv(template: Template, records: DocumentRecord[], options: CsvExportOptions = {}): string {
  const lang = options.lang ?? template.lang;
  const items = ratedItems(template, lang);
  const scale = scaleOf(template);
  const levels = new Map((scale ? levelsLowToHigh(scale) : []).map((level) => [level.id, level]));
  const label = (id: string | undefined) => (id ? textIn(levels.get(id)?.label, lang) || id : '');
  const rows: CsvValue[][] = [];
  const factsRow = (record: DocumentRecord, index: number) => {
    const facts = recordFacts(record, index);
    return [facts.id, record.template?.id, record.template?.version, facts.kind, facts.status, facts.person, facts.group, facts.date];
  };
  if ((options.rows ?? 'record') === 'record') {
    rows.push([...recordColumns, ...items.map((item) => item.title)]);
    records.forEach((record, index) => {
      const ratings = ratingsOf(record);
      rows.push([...factsRow(record, index), ...items.map((item) => label(ratings[item.id]?.level))]);
    });
  } else {
    rows.push([...recordColumns, 'standard', 'item', 'text', 'level', 'label', 'value', 'notes']);
    records.forEach((record, index) => {
      const ratings = ratingsOf(record);
      const facts = factsRow(record, index);
      for (const item of items) {
        const rating = ratings[item.id];
        if (!rating) continue;
        const level = levels.get(rating.level);
        rows.push([...facts, item.groupTitle, item.id, item.text, rating.level, label(rating.level), level?.value, rating.notes]);
      }
    });
  }
  return toCsv(rows, { bom: options.bom ?? true });
}
