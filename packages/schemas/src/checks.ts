// Checks JSON Schema cannot express: ids unique within a template, references between parts of a template,
// and a record's answers against its template (known items, levels of the scale, group sizes, required fields).
import type { ValidationError } from './errors.js';
import { checkAgreementRecord, checkAgreementTemplate } from './checks/agreement.js';
import { checkObservationRecord, checkObservationTemplate } from './checks/observation.js';
import { checkPlanRecord, checkPlanTemplate } from './checks/plan.js';
import { checkRubricRecord, checkRubricTemplate } from './checks/rubric.js';
import { checkTemplateMatch } from './checks/template-match.js';
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

export function checkRecord(kind: Kind, record: unknown, template: unknown): ValidationError[] {
  return [...checkTemplateMatch(record, template), ...recordChecks[kind](record, template)];
}
