import { MkSignature } from '../signature/signature.js';

export { MkSignature };

if (!customElements.get('mk-signature')) customElements.define('mk-signature', MkSignature);

declare global {
  interface HTMLElementTagNameMap {
    'mk-signature': MkSignature;
  }
}
