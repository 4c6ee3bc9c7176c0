import type { StorageFailure } from '../drafts/storage-failure.js';

/** Every built-in string of Mentorkit. One file per language implements this interface. */
export interface Translation {
  /** BCP 47 language code of this catalogue. */
  $code: string;
  /** The language's own name. */
  $name: string;
  /** The letters a date pattern is written with (`dd.mm.åååå`), in the order of the language's dates. */
  $dateLetters: { day: string; month: string; year: string; hour: string; minute: string };
  required: string;
  optional: string;
  valueMissing: string;
  tooShort: (p: { min: number }) => string;
  tooLong: (p: { max: number }) => string;
  patternMismatch: string;
  /** `min` is a number, or a date or time already written in this language. */
  rangeUnderflow: (p: { min: number | string }) => string;
  rangeOverflow: (p: { max: number | string }) => string;
  /** `exclusiveMinimum`: the value must be more than `min` (`min` itself is refused). */
  aboveMinimum: (p: { min: number }) => string;
  /** `exclusiveMaximum`: the value must be less than `max`. */
  belowMaximum: (p: { max: number }) => string;
  stepMismatch: string;
  notMultipleOf: (p: { step: number }) => string;
  badInput: string;
  /** A value not in its format; `pattern` is how a date or time is written in this language (`dd.mm.åååå`). */
  typeMismatch: (p: { format: string; pattern?: string }) => string;
  tooFewItems: (p: { min: number }) => string;
  tooManyItems: (p: { max: number }) => string;
  duplicateItems: string;
  /** An object with fewer entries (properties) than `minProperties`, or more than `maxProperties`. */
  tooFewEntries: (p: { min: number }) => string;
  tooManyEntries: (p: { max: number }) => string;
  /** A list with fewer (or more) items that fit its `contains` schema than `minContains` (1 by default) or `maxContains`. */
  containsCount: (p: { min: number; max?: number }) => string;
  notAllowed: string;
  /** A value that is not its schema's `const` (`allowed` holds that one value). */
  notConst: (p: { allowed: unknown[] }) => string;
  /** A value that fits the schema of its `not`. */
  excluded: string;
  /** A property the schema does not allow (`additionalProperties: false` and the like): `name` is the property. */
  notExpected: (p: { name: string }) => string;
  /** The record cannot be checked as a whole yet: its validator is still loading (the problem `notCheckedYet`). */
  notCheckedYet: string;
  /** A property name that `propertyNames` refuses. */
  nameNotAllowed: (p: { propertyName: string }) => string;
  /** A rating that is not a level of the template's scale. */
  unknownLevel: string;
  /** A reference to a part (standard, step, party …) the template does not have. */
  unknownItem: string;
  duplicateId: string;
  /** A record whose template id or version is not the template it is checked against. */
  templateMismatch: string;
  /** The hint under a date or time field: how to write it, with an example. */
  dateFormatHint: (p: { pattern: string; example: string }) => string;
  invalid: string;
  /** The record validator threw or returned something that is not a list of problems: the record is not sent. */
  validatorFailed: string;
  add: string;
  addItem: (p: { label: string }) => string;
  remove: string;
  removeItem: (p: { label: string; n: number }) => string;
  moveUp: string;
  moveDown: string;
  itemLabel: (p: { label: string; n: number }) => string;
  itemMoved: (p: { label: string; n: number }) => string;
  itemAdded: (p: { label: string; n: number }) => string;
  itemRemoved: (p: { label: string; n: number }) => string;
  noItems: string;
  submit: string;
  choose: string;
  errorSummaryTitle: (p: { count: number }) => string;
  /** After a problem in the error summary whose field a `showIf` hint hides now: `label` is the answer that would show it. */
  hiddenByAnswer: (p: { label: string }) => string;
  /** The error summary's button that removes from the record an answer the form does not have (`notExpected`). */
  removeUnexpected: (p: { name: string }) => string;
  schemaErrorTitle: string;
  schemaErrorAt: (p: { where: string }) => string;
  draftRestored: (p: { time: string }) => string;
  discardDraft: string;
  draftConflict: string;
  takeOverDraft: string;
  /** The draft could not be kept in this browser: its storage is full, blocked for the site, or missing. */
  draftFailed: (p: { cause: StorageFailure }) => string;
  downloadDraft: string;
  /** The host loaded a record while a draft was shown: the draft stays until the user chooses. */
  draftNewer: (p: { time: string }) => string;
  keepDraft: string;
  useLoaded: string;
  entryName: string;
  addEntry: (p: { label: string }) => string;
  removeEntry: (p: { name: string }) => string;
  keyMissing: string;
  keyTaken: string;
  keyNotAllowed: string;
  invalidJson: string;
  nullValue: string;
  openField: (p: { label: string }) => string;
  /** Shown while the code of a widget few forms use (signature, JSON or map editor) loads, after the field's label. */
  loading: string;
}

/**
 * Terms added after hosts had written catalogues of their own (session 10). A host catalogue may leave them
 * out: each then reads English (`registerTranslation` fills them in), as any term missing at run time does.
 */
export const termsWithFallback = [
  'tooFewEntries',
  'tooManyEntries',
  'containsCount',
  'notConst',
  'excluded',
  'nameNotAllowed',
  'notExpected',
  'hiddenByAnswer',
  'removeUnexpected',
  'aboveMinimum',
  'belowMaximum',
  'notCheckedYet',
] as const satisfies readonly (keyof Translation)[];
export type TermWithFallback = (typeof termsWithFallback)[number];

/** The catalogue a host registers: every term of `Translation`, those with an English fallback optional. */
export type HostTranslation = Omit<Translation, TermWithFallback> & Partial<Pick<Translation, TermWithFallback>>;

/** Keys of the catalogue whose entries take parameters. */
export type TermKey = Exclude<keyof Translation, `$${string}`>;
export type TermParams<K extends TermKey> = Translation[K] extends (p: infer P) => string ? P : undefined;
