// The widgets few forms use (alternatives, maps, JSON and null values, the opener of a recursive
// schema, the signature pad), in one chunk that `<mk-form>` loads the first time it renders one of them (see
// lazy.ts). One chunk rather than one per widget: code they share with the form then stays in one shared chunk,
// and the form's own bundle compresses as a whole.
import '../define/signature.js';

export { renderAlternatives } from './alternatives.js';
export { renderJsonEditor, renderNull } from './json-editor.js';
export { renderMapEditor } from './map-editor.js';
export { renderOpener } from './opener.js';
// Their styles, added to the form's shadow root with the first of them (lazy.ts `whenLoaded`).
export { rareWidgetStyles as styles } from './rare-widgets.styles.js';
// The form that loads this chunk: keeps the code they share in one file of the form's (widgets/lazy.ts).
export { MkForm as loadedBy } from '../define/form.js';
