import type { PlanTemplate } from '../generated/types/index.js';
import { languages, templates } from '../generated/templates/plan.js';
import { offerTemplateText } from '../template-text.js';

/**
 * The built-in plan templates, by id, without any validator. Their text is in English; each other language
 * loads on demand into the same objects (`loadTemplateText`). `getTemplate` has every language at once.
 */
export const planTemplates: Readonly<Record<string, PlanTemplate>> = offerTemplateText(templates, languages);
