// What a light date field needs beyond the rest of the form, one chunk that <mk-form> loads for schemas with
// dates (form/schema-chunks.ts): the template, and reading and writing dates in the page's language.
export { dateFieldTemplate } from './date-field.template.js';
export { dateFormatHint, dateProblem, isIsoDate, readDate, recordDate, toLocal, writeDate } from './date-values.js';
// The form that loads this chunk: keeps the code they share in one file of the form's (widgets/lazy.ts).
export { MkForm as loadedBy } from '../form/form.js';
