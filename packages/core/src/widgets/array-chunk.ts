import { lazyModule } from '../lazy-module.js';
import type * as ArrayWidget from './array-widget.js';

/**
 * `<mk-array>` and the form's rendering of an array (widgets/array-widget.ts): a chunk `<mk-form>` loads the first time
 * it renders an array, showing a loading notice in its place meanwhile. A page that imports that module itself (a
 * document element whose kind has lists) has it at once: the module gives itself here when it is evaluated.
 */
export const arrayWidget = lazyModule<Pick<typeof ArrayWidget, 'renderArray'>>(() => import('./array-widget.js'));
