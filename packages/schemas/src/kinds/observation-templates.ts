import type { ObservationTemplate } from '../generated/types/index.js';
import { languages, templates } from '../generated/templates/observation.js';
import { offerTemplateText } from '../template-text.js';

/**
 * The built-in observation templates, by id, without any validator. Their text is in English; each other language
 * loads on demand into the same objects (`loadTemplateText`). `getTemplate` has every language at once.
 */
export const observationTemplates: Readonly<Record<string, ObservationTemplate>> = offerTemplateText(templates, languages);
