import { checkObservationRecord, checkObservationTemplate } from '../checks/observation.js';
import record from '../generated/validators/observation-record.js';
import { observationTemplates } from './observation-templates.js';
import { defineKindRecords } from './kind-schemas.js';

/** Observation records: the record schema, the built-in templates and the checks against a template. */
export const observationRecords = /* @__PURE__ */ defineKindRecords({
  kind: 'observation',
  templates: observationTemplates,
  record,
  checkRecord: checkObservationRecord,
  checkTemplate: checkObservationTemplate,
});
