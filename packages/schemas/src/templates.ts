import advancedMentor from '../../../schemas/templates/advanced-mentor.json' with { type: 'json' };
import cureeCoachingChecklists from '../../../schemas/templates/curee-coaching-checklists.json' with { type: 'json' };
import ihub4schoolsProcessModel from '../../../schemas/templates/ihub4schools-process-model.json' with { type: 'json' };
import ittMentorStandardsRag from '../../../schemas/templates/itt-mentor-standards-rag.json' with { type: 'json' };
import mensiStepsPlan from '../../../schemas/templates/mensi-steps-plan.json' with { type: 'json' };
import mensiSuccessConditions from '../../../schemas/templates/mensi-success-conditions.json' with { type: 'json' };
import peerGroupAgreement from '../../../schemas/templates/peer-group-agreement.json' with { type: 'json' };
import respondAgreement from '../../../schemas/templates/respond-agreement.json' with { type: 'json' };
import respondDevelopmentPlan from '../../../schemas/templates/respond-development-plan.json' with { type: 'json' };
import respondGuidelinesSelfReview from '../../../schemas/templates/respond-guidelines-self-review.json' with { type: 'json' };
import respondObservation from '../../../schemas/templates/respond-observation.json' with { type: 'json' };
import schoolToSchoolAgreement from '../../../schemas/templates/school-to-school-agreement.json' with { type: 'json' };
import type { AgreementTemplate, ObservationTemplate, PlanTemplate, RubricTemplate } from './generated/types/index.js';
import type { Template } from './kinds.js';

// JSON imports are typed with widened strings; the tests check every template against its schema.
export const builtInTemplates = {
  'respond-observation': respondObservation as ObservationTemplate,
  'respond-agreement': respondAgreement as AgreementTemplate,
  'peer-group-agreement': peerGroupAgreement as AgreementTemplate,
  'school-to-school-agreement': schoolToSchoolAgreement as AgreementTemplate,
  'itt-mentor-standards-rag': ittMentorStandardsRag as RubricTemplate,
  'advanced-mentor': advancedMentor as RubricTemplate,
  'curee-coaching-checklists': cureeCoachingChecklists as RubricTemplate,
  'respond-guidelines-self-review': respondGuidelinesSelfReview as RubricTemplate,
  'mensi-success-conditions': mensiSuccessConditions as RubricTemplate,
  'respond-development-plan': respondDevelopmentPlan as PlanTemplate,
  'ihub4schools-process-model': ihub4schoolsProcessModel as PlanTemplate,
  'mensi-steps-plan': mensiStepsPlan as PlanTemplate,
} as const satisfies Record<string, Template>;

export type BuiltInTemplateId = keyof typeof builtInTemplates;

/** A built-in template by id, or undefined. */
export function getTemplate(id: string): Template | undefined {
  return Object.hasOwn(builtInTemplates, id) ? builtInTemplates[id as BuiltInTemplateId] : undefined;
}
