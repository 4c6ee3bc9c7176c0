import { MkNumberField } from '../number-field/number-field.js';

export { MkNumberField };

if (!customElements.get('mk-number-field')) customElements.define('mk-number-field', MkNumberField);

declare global {
  interface HTMLElementTagNameMap {
    'mk-number-field': MkNumberField;
  }
}
