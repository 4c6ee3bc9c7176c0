import type { AgreementTemplate } from '../generated/types/index.js';
import { agreementTemplates as templates } from '../templates/agreement.mjs';

/** The built-in agreement templates, by id, without any validator. */
export const agreementTemplates: Readonly<Record<string, AgreementTemplate>> = templates;
