// The built-in templates of every kind. Plain .mjs on purpose: the browser test server compiles .ts and .js for
// es2022, which drops import attributes, and browsers only load JSON modules that carry them.
import { agreementTemplates } from './templates/agreement.mjs';
import { observationTemplates } from './templates/observation.mjs';
import { planTemplates } from './templates/plan.mjs';
import { rubricTemplates } from './templates/rubric.mjs';

export const templateJson = { ...observationTemplates, ...agreementTemplates, ...rubricTemplates, ...planTemplates };
