import { MkCheckbox } from '../checkbox/checkbox.js';

export { MkCheckbox };

if (!customElements.get('mk-checkbox')) customElements.define('mk-checkbox', MkCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'mk-checkbox': MkCheckbox;
  }
}
