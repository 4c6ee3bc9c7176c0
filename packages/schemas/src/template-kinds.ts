import type { Kind } from './kinds.js';

/**
 * The kind of each built-in template, by id, without the templates themselves: lets one kind's code say
 * that an id names another kind's template. (A test keeps it in step with `builtInTemplates`.)
 */
export const builtInTemplateKinds: Readonly<Record<string, Kind>> = {
  'respond-observation': 'observation',
  'respond-agreement': 'agreement',
  'peer-group-agreement': 'agreement',
  'school-to-school-agreement': 'agreement',
  'itt-mentor-standards-rag': 'rubric',
  'advanced-mentor': 'rubric',
  'curee-coaching-checklists': 'rubric',
  'respond-guidelines-self-review': 'rubric',
  'mensi-success-conditions': 'rubric',
  'respond-development-plan': 'plan',
  'ihub4schools-process-model': 'plan',
  'mensi-steps-plan': 'plan',
};
