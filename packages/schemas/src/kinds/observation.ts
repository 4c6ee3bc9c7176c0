import { checkObservationRecord, checkObservationTemplate } from '../checks/observation.js';
import record from '../generated/validators/observation-record.js';
import template from '../generated/validators/observation-template.js';
import { observationTemplates } from '../templates/observation.mjs';
import { defineKindSchemas } from './kind-schemas.js';

/** Observation documents: their schemas, built-in templates and checks, without the other kinds'. */
export const observationSchemas = /* @__PURE__ */ defineKindSchemas({
  kind: 'observation',
  templates: observationTemplates,
  record,
  template,
  checkRecord: checkObservationRecord,
  checkTemplate: checkObservationTemplate,
});
