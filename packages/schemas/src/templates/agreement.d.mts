import type { AgreementTemplate } from '../generated/types/index.js';

/** The built-in agreement templates as imported from schemas/templates/*.json (checked against their schemas by the tests). */
export declare const agreementTemplates: {
  'respond-agreement': AgreementTemplate;
  'peer-group-agreement': AgreementTemplate;
  'school-to-school-agreement': AgreementTemplate;
};
