// `<mk-array>` and the form's rendering of lists, so its lists render with the rest of it (no chunk to wait for).
import '@mentorkit/core/widgets/array-widget.js';
import '@mentorkit/core/define/form.js';
import '@mentorkit/core/define/signature.js';
import '@mentorkit/core/define/seal-dialog.js';
import { MkAgreement } from '../agreement/agreement.js';

export { MkAgreement };

if (!customElements.get('mk-agreement')) customElements.define('mk-agreement', MkAgreement);

declare global {
  interface HTMLElementTagNameMap {
    'mk-agreement': MkAgreement;
  }
}
