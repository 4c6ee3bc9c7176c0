import { pointerOf, type ValidationError } from '../errors.js';
import { isObject } from '../kinds.js';
import { own } from '../own.js';

// Semantic checks run on documents that may also have failed schema validation, so every accessor
// tolerates missing or mistyped values instead of trusting the types.

export type Path = (string | number)[];

export function semantic(path: Path, keyword: string, key: string, params: Record<string, unknown> = {}): ValidationError {
  return { pointer: pointerOf(...path), keyword, key, params };
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function entries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}

export function field(value: unknown, name: string): unknown {
  return own(value, name);
}

export function idOf(value: unknown): string | undefined {
  const id = field(value, 'id');
  return typeof id === 'string' ? id : undefined;
}

/** Ids of the items of a list (items without a string id are skipped). */
export function idsOf(items: unknown): Set<string> {
  return new Set(
    list(items)
      .map(idOf)
      .filter((id): id is string => id !== undefined),
  );
}

/** duplicateId errors for items of `items` (at `path`) whose id an earlier item already used. */
export function uniqueIds(items: unknown, path: Path, seen = new Set<string>()): ValidationError[] {
  const errors: ValidationError[] = [];
  list(items).forEach((item, index) => {
    const id = idOf(item);
    if (id === undefined) return;
    if (seen.has(id)) errors.push(semantic([...path, index, 'id'], 'uniqueId', 'duplicateId', { id }));
    seen.add(id);
  });
  return errors;
}

/** unknownItem errors for keys of a map that name no item. */
export function knownKeys(map: unknown, known: Set<string>, path: Path, item: string): ValidationError[] {
  return entries(map)
    .filter(([key]) => !known.has(key))
    .map(([key]) => semantic([...path, key], 'knownItem', 'unknownItem', { id: key, item }));
}

/** unknownLevel errors for ratings (a map of { level }) naming no level of the scale. */
export function knownLevels(ratings: unknown, scale: unknown, path: Path): ValidationError[] {
  const levels = idsOf(field(scale, 'levels'));
  return entries(ratings).flatMap(([key, rating]) => {
    const level = field(rating, 'level');
    return typeof level === 'string' && !levels.has(level)
      ? [semantic([...path, key, 'level'], 'knownLevel', 'unknownLevel', { level, levels: [...levels] })]
      : [];
  });
}

/** valueMissing errors for fields a template marks required (`{ id, required }`) that a record leaves empty. */
export function requiredFields(fields: unknown, values: unknown, path: Path): ValidationError[] {
  return list(fields).flatMap((f) => {
    const id = idOf(f);
    if (id === undefined || field(f, 'required') !== true) return [];
    const value = field(values, id);
    const empty = value === undefined || value === null || value === '';
    return empty ? [semantic([...path, id], 'required', 'valueMissing')] : [];
  });
}
