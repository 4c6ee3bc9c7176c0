import { MkTextField } from '../text-field/text-field.js';

export { MkTextField };

if (!customElements.get('mk-text-field')) customElements.define('mk-text-field', MkTextField);

declare global {
  interface HTMLElementTagNameMap {
    'mk-text-field': MkTextField;
  }
}
