import { MkForm } from '../form/form.js';

export { MkForm };

if (!customElements.get('mk-form')) customElements.define('mk-form', MkForm);

declare global {
  interface HTMLElementTagNameMap {
    'mk-form': MkForm;
  }
}
