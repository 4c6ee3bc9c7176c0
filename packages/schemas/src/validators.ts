import validateAgreementRecord from './generated/validators/agreement-record.js';
import validateAgreementTemplate from './generated/validators/agreement-template.js';
import validateObservationRecord from './generated/validators/observation-record.js';
import validateObservationTemplate from './generated/validators/observation-template.js';
import validatePlanRecord from './generated/validators/plan-record.js';
import validatePlanTemplate from './generated/validators/plan-template.js';
import validateRubricRecord from './generated/validators/rubric-record.js';
import validateRubricTemplate from './generated/validators/rubric-template.js';
import type { StandaloneValidator } from './generated/validators/observation-record.js';
import { fromAjvErrors, type ValidationError } from './errors.js';
import type { DocumentRole, Kind } from './kinds.js';

/** Checks a document against its JSON Schema only (no semantic checks). */
export type SchemaValidator = (data: unknown) => ValidationError[];

const compiled: Record<Kind, Record<DocumentRole, StandaloneValidator>> = {
  observation: { record: validateObservationRecord, template: validateObservationTemplate },
  agreement: { record: validateAgreementRecord, template: validateAgreementTemplate },
  rubric: { record: validateRubricRecord, template: validateRubricTemplate },
  plan: { record: validatePlanRecord, template: validatePlanTemplate },
};

/** The precompiled (CSP-safe) JSON Schema validator for a kind's record or template schema. */
export function validatorFor(kind: Kind, role: DocumentRole): SchemaValidator {
  return fromStandalone(compiled[kind][role]);
}

/**
 * Adapts a precompiled validator (a module written by `mentorkit compile`) to the shared error shape,
 * e.g. for `<mk-form>`'s `validator` property.
 */
export function fromStandalone(validate: StandaloneValidator): SchemaValidator {
  return (data) => (validate(data) ? [] : fromAjvErrors(validate.errors));
}
