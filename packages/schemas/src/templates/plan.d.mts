import type { PlanTemplate } from '../generated/types/index.js';

/** The built-in plan templates as imported from schemas/templates/*.json (checked against their schemas by the tests). */
export declare const planTemplates: {
  'respond-development-plan': PlanTemplate;
  'ihub4schools-process-model': PlanTemplate;
  'mensi-steps-plan': PlanTemplate;
};
