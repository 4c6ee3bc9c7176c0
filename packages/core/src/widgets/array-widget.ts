// `<mk-array>` as `<mk-form>` loads it on first render (render-field.ts).
import '../define/array.js';

// The form that loads this chunk: keeps the code they share in one file of the form's (widgets/lazy.ts).
export { MkForm as loadedBy } from '../define/form.js';
