import '@mentorkit/core/define/seal-dialog.js';
import '@mentorkit/core/define/signature.js';
import '@mentorkit/core/define/form.js';
import './scale-summary.js';
import { MkRagRubric } from '../rag-rubric/rag-rubric.js';

export { MkRagRubric };

if (!customElements.get('mk-rag-rubric')) customElements.define('mk-rag-rubric', MkRagRubric);

declare global {
  interface HTMLElementTagNameMap {
    'mk-rag-rubric': MkRagRubric;
  }
}
