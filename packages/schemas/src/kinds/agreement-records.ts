import { checkAgreementRecord, checkAgreementTemplate } from '../checks/agreement.js';
import record from '../generated/validators/agreement-record.js';
import { agreementTemplates } from './agreement-templates.js';
import { defineKindRecords } from './kind-schemas.js';

/** Agreement records: the record schema, the built-in templates and the checks against a template. */
export const agreementRecords = /* @__PURE__ */ defineKindRecords({
  kind: 'agreement',
  templates: agreementTemplates,
  record,
  checkRecord: checkAgreementRecord,
  checkTemplate: checkAgreementTemplate,
});
