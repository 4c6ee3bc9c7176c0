import type { JsonSchema, UiMap } from '@mentorkit/core';
import type { ObservationTemplate } from '@mentorkit/schemas';
import type { DocumentForm } from '../document/document-element.js';
import { authoredText, date, envelope, joined, longText, person, rating, terms, text } from '../shared/form-schema.js';

type InformationId = 'date' | 'time' | 'place' | 'observer' | 'observed' | 'subject' | 'group' | 'purpose';

type InformationFieldSpec = NonNullable<ObservationTemplate['informationFields']>[number];

/** The information section of the source form, used when a template lists no fields of its own. */
const sourceInformation: InformationFieldSpec[] = [
  { id: 'date', label: 'Date', required: true },
  { id: 'time', label: 'Time' },
  { id: 'place', label: 'Place' },
  { id: 'observer', label: 'Observer', required: true },
  { id: 'observed', label: 'Observed teacher', required: true },
  { id: 'subject', label: 'Subject' },
  { id: 'group', label: 'Class/group' },
  { id: 'purpose', label: 'Purpose of the observation' },
] as InformationFieldSpec[];

function informationField(id: InformationId, label: InformationFieldSpec['label'], required: boolean): JsonSchema {
  switch (id) {
    case 'date':
      return date(label);
    case 'time':
      return text(label, { format: 'time' });
    case 'observer':
    case 'observed':
      return person(label, required);
    case 'purpose':
      return longText(label);
    default:
      return text(label);
  }
}

/** The form an observation template describes: information, a rating and notes per point, feedback, reflection and an action plan. */
export function observationForm(template: ObservationTemplate): DocumentForm {
  const information: Record<string, JsonSchema> = {};
  const requiredInformation: string[] = [];
  for (const field of template.informationFields ?? sourceInformation) {
    information[field.id] = informationField(field.id as InformationId, field.label, !!field.required);
    if (field.required) requiredInformation.push(field.id);
  }
  const ratings: Record<string, JsonSchema> = {};
  for (const point of template.points) {
    ratings[point.id] = {
      type: 'object',
      title: point.title,
      properties: {
        level: rating(point.title, template.scale.levels),
        notes: longText(joined(terms.notesOn, point.title), { 'x-ui': { widget: 'textarea', labelHidden: true, rows: 2 } }),
      },
    };
  }
  const schema: JsonSchema = {
    type: 'object',
    properties: {
      ...envelope('observation', template),
      information: { type: 'object', title: terms.information, required: requiredInformation, properties: information },
      ratings: { type: 'object', title: terms.observationPoints, properties: ratings },
      notes: longText(terms.notes, template.guidance?.notes ? { description: template.guidance.notes } : {}),
      comments: longText(terms.comments),
      feedback: authoredText(terms.feedback, template.guidance?.feedback),
      reflection: authoredText(terms.reflection, template.guidance?.reflection),
      actionPlan: {
        type: 'array',
        title: terms.actionPlan,
        ...(template.guidance?.actionPlan ? { description: template.guidance.actionPlan } : {}),
        items: {
          type: 'object',
          title: terms.step,
          required: ['step'],
          properties: {
            step: text(terms.stepForImprovement, { minLength: 1 }),
            resources: text(terms.resources),
            when: date(terms.when),
            owner: text(terms.owner),
            done: { type: 'boolean', title: terms.done, default: false },
          },
        },
      },
    },
  };
  const ui: UiMap = { information: { order: ['date', 'time', 'place', 'observer', 'observed', 'subject', 'group', 'purpose'] } };
  return { schema, ui };
}
