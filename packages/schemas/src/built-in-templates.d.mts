import type { agreementTemplates } from './templates/agreement.mjs';
import type { observationTemplates } from './templates/observation.mjs';
import type { planTemplates } from './templates/plan.mjs';
import type { rubricTemplates } from './templates/rubric.mjs';

/** The built-in templates of every kind, by id. */
export declare const templateJson: typeof observationTemplates & typeof agreementTemplates & typeof rubricTemplates & typeof planTemplates;
