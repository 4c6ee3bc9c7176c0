import { checkPlanTemplate } from '../checks/plan.js';
import template from '../generated/validators/plan-template.js';
import { defineKindSchemas } from './kind-schemas.js';
import { planRecords } from './plan-records.js';

/** Plan documents: records and templates, without the other kinds' schemas. */
export const planSchemas = /* @__PURE__ */ defineKindSchemas(planRecords, template, checkPlanTemplate);
