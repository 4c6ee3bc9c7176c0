import { checkAgreementTemplate } from '../checks/agreement.js';
import template from '../generated/validators/agreement-template.js';
import { defineKindSchemas } from './kind-schemas.js';
import { agreementRecords } from './agreement-records.js';

/** Agreement documents: records and templates, without the other kinds' schemas. */
export const agreementSchemas = /* @__PURE__ */ defineKindSchemas(agreementRecords, template, checkAgreementTemplate);
