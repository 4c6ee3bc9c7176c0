import { checkRecord, checkTemplate } from './checks.js';
import type { ValidationError } from './errors.js';
import { isKind, isObject, kinds, type Template } from './kinds.js';
import { getTemplate } from './templates.js';
import { validatorFor } from './validators.js';

function kindErrors(document: unknown): ValidationError[] {
  if (!isObject(document)) return [{ pointer: '', keyword: 'type', key: 'badInput', params: { type: 'object' } }];
  if (document['kind'] === undefined) return [{ pointer: '/kind', keyword: 'required', key: 'valueMissing', params: {} }];
  return [{ pointer: '/kind', keyword: 'enum', key: 'notAllowed', params: { allowed: [...kinds] } }];
}

/** Validates a template: its JSON Schema, then unique ids and internal references. */
export function validateTemplate(template: unknown): ValidationError[] {
  const kind = isObject(template) ? template['kind'] : undefined;
  if (!isKind(kind)) return kindErrors(template);
  return [...validatorFor(kind, 'template')(template), ...checkTemplate(kind, template)];
}

/**
 * Validates a record: its JSON Schema, then its answers against its template. The template is the one given
 * (object or built-in id) or else the built-in template the record names; without one only the schema is checked.
 */
export function validateRecord(record: unknown, template?: Template | string): ValidationError[] {
  const kind = isObject(record) ? record['kind'] : undefined;
  if (!isKind(kind)) return kindErrors(record);
  const errors = validatorFor(kind, 'record')(record);
  const named = isObject(record) && isObject(record['template']) ? record['template']['id'] : undefined;
  const against =
    typeof template === 'string' ? getTemplate(template) : (template ?? (typeof named === 'string' ? getTemplate(named) : undefined));
  if (against) errors.push(...checkRecord(kind, record, against));
  return errors;
}
