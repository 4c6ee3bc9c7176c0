import type { JsonSchema, LocalisedText } from '@mentorkit/core';
import type { ObservationTemplate } from '@mentorkit/schemas';
import { terms } from '../l10n/terms.js';
import { text } from '../shared/form-schema.js';

type Point = ObservationTemplate['points'][number];

/** The form a mentor uses to add, rename and reorder observation points before the observation. */
export const pointsEditorSchema: JsonSchema = {
  type: 'object',
  properties: {
    points: {
      type: 'array',
      title: terms.editPoints,
      description: terms.editPointsHelp,
      minItems: 1,
      items: {
        type: 'object',
        title: terms.pointTitle,
        required: ['title'],
        properties: {
          id: { type: 'string', 'x-ui': { hidden: true } },
          title: text(terms.pointTitle, { minLength: 1 }),
          criterion: text(terms.successCriterion),
        },
      },
    },
  },
};

/**
 * The template with the edited points. Points keep their ids (so ratings stay with them when
 * renamed or moved); new points get the next free `point-N` id.
 */
export function withEditedPoints(
  template: ObservationTemplate,
  edited: { id?: string; title?: LocalisedText; criterion?: LocalisedText }[],
): ObservationTemplate {
  const used = new Set(edited.map((p) => p.id).filter(Boolean));
  let next = 1;
  const freshId = () => {
    while (used.has(`point-${next}`)) next++;
    used.add(`point-${next}`);
    return `point-${next}`;
  };
  const points: Point[] = edited.map((p) => ({
    id: p.id ?? freshId(),
    title: p.title ?? '',
    ...(p.criterion ? { criterion: p.criterion } : {}),
  }));
  return { ...template, points };
}
