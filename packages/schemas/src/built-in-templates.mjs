// The built-in templates, imported as JSON modules. Plain .mjs on purpose: the browser test server compiles .ts and
// .js for es2022, which drops import attributes, and browsers only load JSON modules that carry them.
import advancedMentor from '../../../schemas/templates/advanced-mentor.json' with { type: 'json' };
import cureeCoachingChecklists from '../../../schemas/templates/curee-coaching-checklists.json' with { type: 'json' };
import ihub4schoolsProcessModel from '../../../schemas/templates/ihub4schools-process-model.json' with { type: 'json' };
import ittMentorStandardsRag from '../../../schemas/templates/itt-mentor-standards-rag.json' with { type: 'json' };
import mensiStepsPlan from '../../../schemas/templates/mensi-steps-plan.json' with { type: 'json' };
import mensiSuccessConditions from '../../../schemas/templates/mensi-success-conditions.json' with { type: 'json' };
import peerGroupAgreement from '../../../schemas/templates/peer-group-agreement.json' with { type: 'json' };
import respondAgreement from '../../../schemas/templates/respond-agreement.json' with { type: 'json' };
import respondDevelopmentPlan from '../../../schemas/templates/respond-development-plan.json' with { type: 'json' };
import respondGuidelinesSelfReview from '../../../schemas/templates/respond-guidelines-self-review.json' with { type: 'json' };
import respondObservation from '../../../schemas/templates/respond-observation.json' with { type: 'json' };
import schoolToSchoolAgreement from '../../../schemas/templates/school-to-school-agreement.json' with { type: 'json' };

export const templateJson = {
  'respond-observation': respondObservation,
  'respond-agreement': respondAgreement,
  'peer-group-agreement': peerGroupAgreement,
  'school-to-school-agreement': schoolToSchoolAgreement,
  'itt-mentor-standards-rag': ittMentorStandardsRag,
  'advanced-mentor': advancedMentor,
  'curee-coaching-checklists': cureeCoachingChecklists,
  'respond-guidelines-self-review': respondGuidelinesSelfReview,
  'mensi-success-conditions': mensiSuccessConditions,
  'respond-development-plan': respondDevelopmentPlan,
  'ihub4schools-process-model': ihub4schoolsProcessModel,
  'mensi-steps-plan': mensiStepsPlan,
};
