// A form's drafts, one chunk that a form loads only when it has an `autosave` key (see lazy-drafts.ts): the
// controller with the autosave module and its IndexedDB store, and the notice.
export { DraftController } from './draft-controller.js';
export { renderDraftNotice } from './draft-notice.js';
export { draftNoticeStyles } from './draft-notice.styles.js';
// The form that loads this chunk: keeps the code they share in one file of the form's (widgets/lazy.ts).
export { MkForm as loadedBy } from '../define/form.js';
