// The built-in plan templates, imported as JSON modules (see ../built-in-templates.mjs for why .mjs).
import ihub4schoolsProcessModel from '../../../../schemas/templates/ihub4schools-process-model.json' with { type: 'json' };
import mensiStepsPlan from '../../../../schemas/templates/mensi-steps-plan.json' with { type: 'json' };
import respondDevelopmentPlan from '../../../../schemas/templates/respond-development-plan.json' with { type: 'json' };

export const planTemplates = {
  'respond-development-plan': respondDevelopmentPlan,
  'ihub4schools-process-model': ihub4schoolsProcessModel,
  'mensi-steps-plan': mensiStepsPlan,
};
