// What a form needs only once it shows its problems: the error summary's content and the links from it to the
// fields (label, find, focus). A chunk that `<mk-form>` loads in idle time after its first render, or at once
// when it first shows problems (lazy-problems.ts).
export { errorSummaryContent, prepareProblemTemplates } from './error-summary.js';
export { findField, focusField, hiddenBy, labelFor, placesIn } from './locate.js';
// The form that loads this chunk: keeps the code they share in one file of the form's (widgets/lazy.ts).
export { MkForm as loadedBy } from '../define/form.js';
