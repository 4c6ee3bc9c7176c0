import '@mentorkit/core/define/date-field.js';
import { MkCohortSummary } from '../cohort-summary/cohort-summary.js';

export { MkCohortSummary };

if (!customElements.get('mk-cohort-summary')) customElements.define('mk-cohort-summary', MkCohortSummary);

declare global {
  interface HTMLElementTagNameMap {
    'mk-cohort-summary': MkCohortSummary;
  }
}
