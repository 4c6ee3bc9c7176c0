// The built-in observation templates, imported as JSON modules (see ../built-in-templates.mjs for why .mjs).
import respondObservation from '../../../../schemas/templates/respond-observation.json' with { type: 'json' };

export const observationTemplates = {
  'respond-observation': respondObservation,
};
