// `<mk-array>` and the form's rendering of an array, as `<mk-form>` loads them on first render (array-chunk.ts).
import '../define/array.js';
import { renderArray } from '../form/render-array.js';
import { arrayWidget } from './array-chunk.js';

export { renderArray };

// Imported by a page (a document element with lists), not loaded by a form: the form renders arrays at once.
arrayWidget.loaded ??= { renderArray };

// The form that loads this chunk: keeps the code they share in one file of the form's (widgets/lazy.ts).
export { MkForm as loadedBy } from '../define/form.js';
