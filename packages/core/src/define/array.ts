import { MkArray } from '../array/array.js';

export { MkArray };

if (!customElements.get('mk-array')) customElements.define('mk-array', MkArray);

declare global {
  interface HTMLElementTagNameMap {
    'mk-array': MkArray;
  }
}
