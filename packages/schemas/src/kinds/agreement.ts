import { checkAgreementRecord, checkAgreementTemplate } from '../checks/agreement.js';
import record from '../generated/validators/agreement-record.js';
import template from '../generated/validators/agreement-template.js';
import { agreementTemplates } from '../templates/agreement.mjs';
import { defineKindSchemas } from './kind-schemas.js';

/** Agreement documents: their schemas, built-in templates and checks, without the other kinds'. */
export const agreementSchemas = /* @__PURE__ */ defineKindSchemas({
  kind: 'agreement',
  templates: agreementTemplates,
  record,
  template,
  checkRecord: checkAgreementRecord,
  checkTemplate: checkAgreementTemplate,
});
