// Checks JSON Schema cannot express: ids unique within a template, references between parts of a template,
// and a record's answers against its template (known items, levels of the scale, group sizes, required fields).
import type { ValidationError } from './errors.js';
import { checkAgreementRecord, checkAgreementTemplate } from './checks/agreement.js';
import { checkObservationRecord, checkObservationTemplate } from './checks/observation.js';
import { checkPlanRecord, checkPlanTemplate } from './checks/plan.js';
import { checkRubricRecord, checkRubricTemplate } from './checks/rubric.js';
import { field, semantic } from './checks/support.js';
import type { Kind } from './kinds.js';

const templateChecks: Record<Kind, (template: unknown) => ValidationError[]> = {
  observation: checkObservationTemplate,
  agreement: checkAgreementTemplate,
  rubric: checkRubricTemplate,
  plan: checkPlanTemplate,
};
const recordChecks: Record<Kind, (record: unknown, template: unknown) => ValidationError[]> = {
  observation: checkObservationRecord,
  agreement: checkAgreementRecord,
  rubric: checkRubricRecord,
  plan: checkPlanRecord,
};

export function checkTemplate(kind: Kind, template: unknown): ValidationError[] {
  return templateChecks[kind](template);
}

/** templateMismatch errors when a record does not name the template it is checked against. */
export function checkTemplateMatch(record: unknown, template: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  if (field(record, 'kind') !== field(template, 'kind'))
    errors.push(semantic(['kind'], 'template', 'templateMismatch', { expected: field(template, 'kind') }));
  const reference = field(record, 'template');
  for (const part of ['id', 'version']) {
    const actual = field(reference, part);
    if (actual !== undefined && actual !== field(template, part)) {
      errors.push(semantic(['template', part], 'template', 'templateMismatch', { expected: field(template, part) }));
    }
  }
  return errors;
}

export function checkRecord(kind: Kind, record: unknown, template: unknown): ValidationError[] {
  return [...checkTemplateMatch(record, template), ...recordChecks[kind](record, template)];
}
