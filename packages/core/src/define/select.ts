import { MkSelect } from '../select/select.js';

export { MkSelect };

if (!customElements.get('mk-select')) customElements.define('mk-select', MkSelect);

declare global {
  interface HTMLElementTagNameMap {
    'mk-select': MkSelect;
  }
}
