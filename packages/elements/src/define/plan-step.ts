import '@mentorkit/core/define/form.js';
import { MkPlanStep } from '../plan-step/plan-step.js';

export { MkPlanStep };

if (!customElements.get('mk-plan-step')) customElements.define('mk-plan-step', MkPlanStep);

declare global {
  interface HTMLElementTagNameMap {
    'mk-plan-step': MkPlanStep;
  }
}
