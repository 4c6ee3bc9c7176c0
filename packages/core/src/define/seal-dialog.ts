import { MkSealDialog } from '../sealing/seal-dialog.js';

export { MkSealDialog };

if (!customElements.get('mk-seal-dialog')) customElements.define('mk-seal-dialog', MkSealDialog);

declare global {
  interface HTMLElementTagNameMap {
    'mk-seal-dialog': MkSealDialog;
  }
}
