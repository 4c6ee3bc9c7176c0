import { MkDateField } from '../date-field/date-field.js';

export { MkDateField };

if (!customElements.get('mk-date-field')) customElements.define('mk-date-field', MkDateField);

declare global {
  interface HTMLElementTagNameMap {
    'mk-date-field': MkDateField;
  }
}
