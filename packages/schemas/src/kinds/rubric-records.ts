import { checkRubricRecord, checkRubricTemplate } from '../checks/rubric.js';
import record from '../generated/validators/rubric-record.js';
import { rubricTemplates } from './rubric-templates.js';
import { defineKindRecords } from './kind-schemas.js';

/** Rubric records: the record schema, the built-in templates and the checks against a template. */
export const rubricRecords = /* @__PURE__ */ defineKindRecords({
  kind: 'rubric',
  templates: rubricTemplates,
  record,
  checkRecord: checkRubricRecord,
  checkTemplate: checkRubricTemplate,
});
