export { MkDocumentElement, type DocumentForm } from './document/document-element.js';
export { MkObservationForm } from './observation-form/observation-form.js';
export { observationForm } from './observation-form/observation-schema.js';
export { MkScaleSummary, type SummaryLevel } from './scale-summary/scale-summary.js';
export { terms, joined } from './l10n/terms.js';
export * as formSchema from './shared/form-schema.js';
export { MkRagRubric } from './rag-rubric/rag-rubric.js';
export { MkDevelopmentPlan } from './development-plan/development-plan.js';
export { MkPlanStep } from './plan-step/plan-step.js';
