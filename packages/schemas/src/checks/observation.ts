import type { ValidationError } from '../errors.js';
import { field, idsOf, knownKeys, knownLevels, requiredFields, uniqueIds } from './support.js';

export function checkObservationTemplate(template: unknown): ValidationError[] {
  return [
    ...uniqueIds(field(field(template, 'scale'), 'levels'), ['scale', 'levels']),
    ...uniqueIds(field(template, 'informationFields'), ['informationFields']),
    ...uniqueIds(field(template, 'points'), ['points']),
  ];
}

export function checkObservationRecord(record: unknown, template: unknown): ValidationError[] {
  const ratings = field(record, 'ratings');
  return [
    ...requiredFields(field(template, 'informationFields'), field(record, 'information'), ['information']),
    ...knownKeys(ratings, idsOf(field(template, 'points')), ['ratings'], 'point'),
    ...knownLevels(ratings, field(template, 'scale'), ['ratings']),
  ];
}
