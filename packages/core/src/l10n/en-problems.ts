import type { Translation } from './translation.js';

/** English for the error summary's own sentences: the problems chunk adds it (`addEnglish`). */
export const enProblems = {
  hiddenByAnswer: ({ label }) => `It is in a part of the form that your answer to “${label}” hides.`,
  removeUnexpected: ({ name }) => `Remove “${name}” from the record`,
} satisfies Partial<Translation>;
