// The built-in rubric templates, imported as JSON modules (see ../built-in-templates.mjs for why .mjs).
import advancedMentor from '../../../../schemas/templates/advanced-mentor.json' with { type: 'json' };
import cureeCoachingChecklists from '../../../../schemas/templates/curee-coaching-checklists.json' with { type: 'json' };
import ittMentorStandardsRag from '../../../../schemas/templates/itt-mentor-standards-rag.json' with { type: 'json' };
import mensiSuccessConditions from '../../../../schemas/templates/mensi-success-conditions.json' with { type: 'json' };
import respondGuidelinesSelfReview from '../../../../schemas/templates/respond-guidelines-self-review.json' with { type: 'json' };

export const rubricTemplates = {
  'itt-mentor-standards-rag': ittMentorStandardsRag,
  'advanced-mentor': advancedMentor,
  'curee-coaching-checklists': cureeCoachingChecklists,
  'respond-guidelines-self-review': respondGuidelinesSelfReview,
  'mensi-success-conditions': mensiSuccessConditions,
};
