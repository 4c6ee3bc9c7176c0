import { checkPlanRecord, checkPlanTemplate } from '../checks/plan.js';
import record from '../generated/validators/plan-record.js';
import template from '../generated/validators/plan-template.js';
import { planTemplates } from '../templates/plan.mjs';
import { defineKindSchemas } from './kind-schemas.js';

/** Plan documents: their schemas, built-in templates and checks, without the other kinds'. */
export const planSchemas = /* @__PURE__ */ defineKindSchemas({
  kind: 'plan',
  templates: planTemplates,
  record,
  template,
  checkRecord: checkPlanRecord,
  checkTemplate: checkPlanTemplate,
});
