import type { RubricTemplate } from '../generated/types/index.js';

/** The built-in rubric templates as imported from schemas/templates/*.json (checked against their schemas by the tests). */
export declare const rubricTemplates: {
  'itt-mentor-standards-rag': RubricTemplate;
  'advanced-mentor': RubricTemplate;
  'curee-coaching-checklists': RubricTemplate;
  'respond-guidelines-self-review': RubricTemplate;
  'mensi-success-conditions': RubricTemplate;
};
