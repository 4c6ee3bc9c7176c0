// Defines every Mentorkit element: the engine's (<mk-form> and the field elements) and the documents'.
import '@mentorkit/core/define/all.js';
import './agreement.js';
import './cohort-summary.js';
import './development-plan.js';
import './observation-form.js';
import './plan-step.js';
import './rag-rubric.js';
import './scale-summary.js';
