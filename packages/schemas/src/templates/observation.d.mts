import type { ObservationTemplate } from '../generated/types/index.js';

/** The built-in observation templates as imported from schemas/templates/*.json (checked against their schemas by the tests). */
export declare const observationTemplates: {
  'respond-observation': ObservationTemplate;
};
