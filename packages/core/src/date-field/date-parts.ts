// What a light date field needs beyond the rest of the form, one chunk that <mk-form> loads for schemas with
// dates (form/schema-chunks.ts): the template, and reading and writing dates in the page's language.
export { dateFieldTemplate } from './date-field.template.js';
export { dateFormatHint, dateProblem, isIsoDate, readDate, recordDate, toLocal, writeDate } from './date-values.js';
