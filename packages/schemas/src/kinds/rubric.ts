import { checkRubricRecord, checkRubricTemplate } from '../checks/rubric.js';
import record from '../generated/validators/rubric-record.js';
import template from '../generated/validators/rubric-template.js';
import { rubricTemplates } from '../templates/rubric.mjs';
import { defineKindSchemas } from './kind-schemas.js';

/** Rubric documents: their schemas, built-in templates and checks, without the other kinds'. */
export const rubricSchemas = /* @__PURE__ */ defineKindSchemas({
  kind: 'rubric',
  templates: rubricTemplates,
  record,
  template,
  checkRecord: checkRubricRecord,
  checkTemplate: checkRubricTemplate,
});
