import type { JsonSchema, UiMap } from '@mentorkit/core';
import type { ObservationTemplate } from '@mentorkit/schemas';
import type { DocumentForm } from '../document/document-element.js';
import { authoredText, date, envelope, joined, longText, person, rating, terms, text } from '../shared/form-schema.js';

type InformationId = 'date' | 'time' | 'place' | 'observer' | 'observed' | 'subject' | 'group' | 'purpose';

type InformationFieldSpec = NonNullable<ObservationTemplate['informationFields']>[number];

/** The information section of the source form, used when a template lists no fields of its own. */
const sourceInformation: InformationFieldSpec[] = [
  { id: 'date', label: { en: 'Date', nb: 'Dato', fi: 'Päivämäärä', it: 'Data', nl: 'Datum' }, required: true },
  { id: 'time', label: { en: 'Time', nb: 'Tid', fi: 'Aika', it: 'Ora', nl: 'Tijd' } },
  { id: 'place', label: { en: 'Place', nb: 'Sted', fi: 'Paikka', it: 'Luogo', nl: 'Plaats' } },
  { id: 'observer', label: { en: 'Observer', nb: 'Observatør', fi: 'Havainnoija', it: 'Osservatore', nl: 'Observator' }, required: true },
  {
    id: 'observed',
    label: {
      en: 'Observed teacher',
      nb: 'Observert lærer',
      fi: 'Havainnoitava opettaja',
      it: 'Docente osservato',
      nl: 'Geobserveerde leraar',
    },
    required: true,
  },
  { id: 'subject', label: { en: 'Subject', nb: 'Fag', fi: 'Oppiaine', it: 'Materia', nl: 'Vak' } },
  { id: 'group', label: { en: 'Class/group', nb: 'Klasse/gruppe', fi: 'Luokka/ryhmä', it: 'Classe/gruppo', nl: 'Klas/groep' } },
  {
    id: 'purpose',
    label: {
      en: 'Purpose of the observation',
      nb: 'Formålet med observasjonen',
      fi: 'Havainnoinnin tarkoitus',
      it: 'Scopo dell’osservazione',
      nl: 'Doel van de observatie',
    },
  },
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
