import { checkObservationTemplate } from '../checks/observation.js';
import template from '../generated/validators/observation-template.js';
import { defineKindSchemas } from './kind-schemas.js';
import { observationRecords } from './observation-records.js';

/** Observation documents: records and templates, without the other kinds' schemas. */
export const observationSchemas = /* @__PURE__ */ defineKindSchemas(observationRecords, template, checkObservationTemplate);
