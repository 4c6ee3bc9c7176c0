import type { Translation } from './translation.js';

/** English for the map, JSON and null editors and the opener of a recursive schema: the rare widgets' chunk adds it (`addEnglish`). */
export const enEditors = {
  entryName: 'Name',
  addEntry: ({ label }) => `Add an entry to ${label}`,
  removeEntry: ({ name }) => `Remove ${name}`,
  keyMissing: 'Please give the entry a name.',
  keyTaken: 'This name is already used.',
  keyNotAllowed: 'This name is not allowed here.',
  invalidJson: 'This is not valid JSON. Your text is kept: correct it and it is saved.',
  nullValue: 'Empty (null)',
  openField: ({ label }) => `Add ${label}`,
} satisfies Partial<Translation>;
