import '@mentorkit/core/define/seal-dialog.js';
import '@mentorkit/core/define/signature.js';
import '@mentorkit/core/define/form.js';
import './scale-summary.js';
import { MkObservationForm } from '../observation-form/observation-form.js';

export { MkObservationForm };

if (!customElements.get('mk-observation-form')) customElements.define('mk-observation-form', MkObservationForm);

declare global {
  interface HTMLElementTagNameMap {
    'mk-observation-form': MkObservationForm;
  }
}
