// What a date field needs once a user types into it (date-reading.ts), one chunk that <mk-form> fetches when it
// first renders a date field (form/field-binding.ts).
export { readDate } from './date-reading.js';
// The form that loads this chunk: keeps the code they share in one file of the form's (widgets/lazy.ts).
export { MkForm as loadedBy } from '../define/form.js';
