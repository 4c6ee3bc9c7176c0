import type { AgreementTemplate, ObservationTemplate, PlanTemplate, RubricTemplate } from './generated/types/index.js';

/** The built-in templates as imported from schemas/templates/*.json (checked against their schemas by the tests). */
export declare const templateJson: {
  'respond-observation': ObservationTemplate;
  'respond-agreement': AgreementTemplate;
  'peer-group-agreement': AgreementTemplate;
  'school-to-school-agreement': AgreementTemplate;
  'itt-mentor-standards-rag': RubricTemplate;
  'advanced-mentor': RubricTemplate;
  'curee-coaching-checklists': RubricTemplate;
  'respond-guidelines-self-review': RubricTemplate;
  'mensi-success-conditions': RubricTemplate;
  'respond-development-plan': PlanTemplate;
  'ihub4schools-process-model': PlanTemplate;
  'mensi-steps-plan': PlanTemplate;
};
