import { checkRubricTemplate } from '../checks/rubric.js';
import template from '../generated/validators/rubric-template.js';
import { defineKindSchemas } from './kind-schemas.js';
import { rubricRecords } from './rubric-records.js';

/** Rubric documents: records and templates, without the other kinds' schemas. */
export const rubricSchemas = /* @__PURE__ */ defineKindSchemas(rubricRecords, template, checkRubricTemplate);
