import type { RubricTemplate } from '../generated/types/index.js';
import { languages, templates } from '../generated/templates/rubric.js';
import { offerTemplateText } from '../template-text.js';

/**
 * The built-in rubric templates, by id, without any validator. Their text is in English; each other language
 * loads on demand into the same objects (`loadTemplateText`). `getTemplate` has every language at once.
 */
export const rubricTemplates: Readonly<Record<string, RubricTemplate>> = offerTemplateText(templates, languages);
