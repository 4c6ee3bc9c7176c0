import type { ValidationError } from '../errors.js';
import { field, semantic } from './support.js';

/** templateMismatch errors when a record does not name the template it is checked against. */
export function checkTemplateMatch(record: unknown, template: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  if (field(record, 'kind') !== field(template, 'kind'))
    errors.push(semantic(['kind'], 'template', 'templateMismatch', { expected: field(template, 'kind') }));
  const reference = field(record, 'template');
  for (const part of ['id', 'version']) {
    const actual = field(reference, part);
    if (actual !== undefined && actual !== field(template, part)) {
      errors.push(semantic(['template', part], 'template', 'templateMismatch', { expected: field(template, part) }));
    }
  }
  return errors;
}
