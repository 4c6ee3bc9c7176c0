import type { DocumentRecord, RatingLevel, Template } from '@mentorkit/schemas';
import {
  levelsLowToHigh,
  ratedItems,
  ratingsOf,
  recordFacts,
  scaleOf,
  type RatedItem,
  type RecordFacts,
} from '@mentorkit/schemas/exchange/record-facts.js';

/**
 * Many records of one template as a matrix of levels: a row per record, a column per rated item,
 * each cell the level's rank on the scale (1 = lowest) or 0 when the item is not rated. Kept in one
 * typed array, so filtering, sorting and counting 5,000 × 21 cells is a few passes over bytes.
 */
export interface LevelMatrix {
  items: RatedItem[];
  /** The scale's levels, lowest first; a cell's rank r is `levels[r - 1]`. */
  levels: RatingLevel[];
  records: DocumentRecord[];
  facts: RecordFacts[];
  /** `rows × items.length` ranks, row-major; grows as pages arrive. */
  cells: Uint8Array;
}

export function emptyMatrix(template: Template, lang?: string): LevelMatrix {
  const scale = scaleOf(template);
  return {
    items: ratedItems(template, lang),
    levels: scale ? levelsLowToHigh(scale) : [],
    records: [],
    facts: [],
    cells: new Uint8Array(0),
  };
}

/** Adds records (a page as it arrives) to the matrix; returns a new matrix sharing nothing mutable with the old one. */
export function appendToMatrix(matrix: LevelMatrix, records: readonly DocumentRecord[]): LevelMatrix {
  const width = matrix.items.length;
  const start = matrix.records.length;
  const cells = new Uint8Array((start + records.length) * width);
  cells.set(matrix.cells);
  const rank = new Map(matrix.levels.map((level, index) => [level.id, index + 1]));
  const facts = [...matrix.facts];
  records.forEach((record, offset) => {
    const row = start + offset;
    facts.push(recordFacts(record, row));
    const ratings = ratingsOf(record);
    matrix.items.forEach((item, column) => {
      const level = Object.hasOwn(ratings, item.id) ? ratings[item.id]?.level : undefined;
      cells[row * width + column] = (level !== undefined && rank.get(level)) || 0;
    });
  });
  return { ...matrix, records: [...matrix.records, ...records], facts, cells };
}

export interface RowFilter {
  /** Part of the person's name, any case. */
  person?: string;
  group?: string;
  /** Dates from and to (YYYY-MM-DD, inclusive). */
  from?: string;
  to?: string;
  /** Only rows with at least one cell at this level id (in `item`'s column when given). */
  level?: string;
  item?: string;
}

/** The rows (record indexes) that pass the filter, in record order. */
export function filterRows(matrix: LevelMatrix, filter: RowFilter): number[] {
  const width = matrix.items.length;
  const person = filter.person?.trim().toLocaleLowerCase();
  const rank = filter.level ? matrix.levels.findIndex((level) => level.id === filter.level) + 1 : 0;
  const column = filter.item ? matrix.items.findIndex((item) => item.id === filter.item) : -1;
  const rows: number[] = [];
  for (let row = 0; row < matrix.facts.length; row++) {
    const facts = matrix.facts[row]!;
    if (person && !facts.person.toLocaleLowerCase().includes(person)) continue;
    if (filter.group && facts.group !== filter.group) continue;
    if (filter.from && facts.date < filter.from) continue;
    if (filter.to && facts.date > filter.to) continue;
    if (rank) {
      const cells = column >= 0 ? [matrix.cells[row * width + column]] : matrix.cells.subarray(row * width, (row + 1) * width);
      if (!cells.includes(rank)) continue;
    }
    rows.push(row);
  }
  return rows;
}

/** What rows are sorted by: a fact of the record, or one item's level. */
export type SortKey = { by: 'person' | 'group' | 'date' } | { by: 'item'; item: number };

/** Sorts rows in place; ties keep record order. Levels sort low to high ascending, unrated first. */
export function sortRows(
  matrix: LevelMatrix,
  rows: number[],
  key: SortKey,
  direction: 'ascending' | 'descending',
  lang?: string,
): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  if (key.by === 'item') {
    const width = matrix.items.length;
    return rows.sort((a, b) => sign * (matrix.cells[a * width + key.item]! - matrix.cells[b * width + key.item]!) || a - b);
  }
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const field = key.by;
  return rows.sort((a, b) => sign * collator.compare(matrix.facts[a]![field], matrix.facts[b]![field]) || a - b);
}

/** Counts per level (index 0: not rated, r: rank r) over some rows, for each item and overall. */
export interface LevelCounts {
  byItem: Uint32Array[];
  overall: Uint32Array;
}

export function countLevels(matrix: LevelMatrix, rows: readonly number[]): LevelCounts {
  const width = matrix.items.length;
  const size = matrix.levels.length + 1;
  const byItem = matrix.items.map(() => new Uint32Array(size));
  const overall = new Uint32Array(size);
  for (const row of rows)
    for (let column = 0; column < width; column++) {
      const rank = matrix.cells[row * width + column]!;
      byItem[column]![rank]! += 1;
      overall[rank]! += 1;
    }
  return { byItem, overall };
}

/** Sums of item counts per group of items (a rubric's standards), in the order the groups first appear. */
export function countsByGroup(matrix: LevelMatrix, counts: LevelCounts): { groupId: string; title: string; counts: Uint32Array }[] {
  const groups = new Map<string, { groupId: string; title: string; counts: Uint32Array }>();
  matrix.items.forEach((item, column) => {
    let group = groups.get(item.groupId);
    if (!group)
      groups.set(
        item.groupId,
        (group = { groupId: item.groupId, title: item.groupTitle, counts: new Uint32Array(matrix.levels.length + 1) }),
      );
    counts.byItem[column]!.forEach((n, rank) => (group.counts[rank]! += n));
  });
  return [...groups.values()];
}
