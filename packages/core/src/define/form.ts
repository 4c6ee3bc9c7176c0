import './array.js';
import './checkbox.js';
import './checkbox-group.js';
import './date-field.js';
import './number-field.js';
import './radio-group.js';
import './select.js';
import './text-field.js';
import './textarea.js';
import { MkForm } from '../form/form.js';

export { MkForm };

if (!customElements.get('mk-form')) customElements.define('mk-form', MkForm);

declare global {
  interface HTMLElementTagNameMap {
    'mk-form': MkForm;
  }
}
