import type { ObservationTemplate } from '../generated/types/index.js';
import { observationTemplates as templates } from '../templates/observation.mjs';

/** The built-in observation templates, by id, without any validator. */
export const observationTemplates: Readonly<Record<string, ObservationTemplate>> = templates;
