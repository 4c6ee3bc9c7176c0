// `<mk-array>` and the form's rendering of lists, so its lists render with the rest of it (no chunk to wait for).
import '@mentorkit/core/widgets/array-widget.js';
import '@mentorkit/core/define/seal-dialog.js';
import '@mentorkit/core/define/signature.js';
import '@mentorkit/core/define/form.js';
import { MkDevelopmentPlan } from '../development-plan/development-plan.js';
import { MkPlanProgress } from '../development-plan/plan-progress.js';
import { MkPlanReviewSchedule } from '../development-plan/review-schedule.js';

export { MkDevelopmentPlan, MkPlanProgress, MkPlanReviewSchedule };

if (!customElements.get('mk-plan-progress')) customElements.define('mk-plan-progress', MkPlanProgress);
if (!customElements.get('mk-plan-review-schedule')) customElements.define('mk-plan-review-schedule', MkPlanReviewSchedule);
if (!customElements.get('mk-development-plan')) customElements.define('mk-development-plan', MkDevelopmentPlan);

declare global {
  interface HTMLElementTagNameMap {
    'mk-development-plan': MkDevelopmentPlan;
    'mk-plan-progress': MkPlanProgress;
    'mk-plan-review-schedule': MkPlanReviewSchedule;
  }
}
