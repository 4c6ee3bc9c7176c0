import type { AgreementTemplate } from '../generated/types/index.js';
import { languages, templates } from '../generated/templates/agreement.js';
import { offerTemplateText } from '../template-text.js';

/**
 * The built-in agreement templates, by id, without any validator. Their text is in English; each other language
 * loads on demand into the same objects (`loadTemplateText`). `getTemplate` has every language at once.
 */
export const agreementTemplates: Readonly<Record<string, AgreementTemplate>> = offerTemplateText(templates, languages);
