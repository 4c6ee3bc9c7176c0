// The built-in agreement templates, imported as JSON modules (see ../built-in-templates.mjs for why .mjs).
import peerGroupAgreement from '../../../../schemas/templates/peer-group-agreement.json' with { type: 'json' };
import respondAgreement from '../../../../schemas/templates/respond-agreement.json' with { type: 'json' };
import schoolToSchoolAgreement from '../../../../schemas/templates/school-to-school-agreement.json' with { type: 'json' };

export const agreementTemplates = {
  'respond-agreement': respondAgreement,
  'peer-group-agreement': peerGroupAgreement,
  'school-to-school-agreement': schoolToSchoolAgreement,
};
