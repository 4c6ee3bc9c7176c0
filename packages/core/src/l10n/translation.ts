/** Every built-in string of Mentorkit. One file per language implements this interface. */
export interface Translation {
  /** BCP 47 language code of this catalogue. */
  $code: string;
  /** The language's own name. */
  $name: string;
  required: string;
  optional: string;
  valueMissing: string;
  tooShort: (p: { min: number }) => string;
  tooLong: (p: { max: number }) => string;
  patternMismatch: string;
  rangeUnderflow: (p: { min: number | string }) => string;
  rangeOverflow: (p: { max: number | string }) => string;
  stepMismatch: string;
  badInput: string;
  typeMismatch: (p: { format: string }) => string;
  tooFewItems: (p: { min: number }) => string;
  tooManyItems: (p: { max: number }) => string;
  duplicateItems: string;
  notAllowed: string;
  invalid: string;
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
  schemaErrorTitle: string;
  schemaErrorAt: (p: { where: string }) => string;
  draftRestored: (p: { time: string }) => string;
  discardDraft: string;
  draftConflict: string;
  takeOverDraft: string;
}

/** Keys of the catalogue whose entries take parameters. */
export type TermKey = Exclude<keyof Translation, '$code' | '$name'>;
export type TermParams<K extends TermKey> = Translation[K] extends (p: infer P) => string ? P : undefined;
