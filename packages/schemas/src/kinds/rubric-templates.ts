import type { RubricTemplate } from '../generated/types/index.js';
import { rubricTemplates as templates } from '../templates/rubric.mjs';

/** The built-in rubric templates, by id, without any validator. */
export const rubricTemplates: Readonly<Record<string, RubricTemplate>> = templates;
