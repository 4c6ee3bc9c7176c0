import { checkPlanRecord, checkPlanTemplate } from '../checks/plan.js';
import record from '../generated/validators/plan-record.js';
import { planTemplates } from './plan-templates.js';
import { defineKindRecords } from './kind-schemas.js';

/** Plan records: the record schema, the built-in templates and the checks against a template. */
export const planRecords = /* @__PURE__ */ defineKindRecords({
  kind: 'plan',
  templates: planTemplates,
  record,
  checkRecord: checkPlanRecord,
  checkTemplate: checkPlanTemplate,
});
