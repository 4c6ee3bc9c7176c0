import { MkTextarea } from '../textarea/textarea.js';

export { MkTextarea };

if (!customElements.get('mk-textarea')) customElements.define('mk-textarea', MkTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'mk-textarea': MkTextarea;
  }
}
