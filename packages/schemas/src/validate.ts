import type { ValidationError } from './errors.js';
import { isKind, isObject, kinds, type Template } from './kinds.js';
import { schemasOfKind } from './kinds/all.js';
import { embeddedTemplateOf } from './derived-templates.js';
import { getTemplate } from './templates.js';

function kindErrors(document: unknown): ValidationError[] {
  if (!isObject(document)) return [{ pointer: '', keyword: 'type', key: 'badInput', params: { type: 'object' } }];
  if (document['kind'] === undefined) return [{ pointer: '/kind', keyword: 'required', key: 'valueMissing', params: {} }];
  return [{ pointer: '/kind', keyword: 'enum', key: 'notAllowed', params: { allowed: [...kinds] } }];
}

/** Validates a template: its JSON Schema, then unique ids and internal references. */
export function validateTemplate(template: unknown): ValidationError[] {
  const kind = isObject(template) ? template['kind'] : undefined;
  if (!isKind(kind)) return kindErrors(template);
  return schemasOfKind[kind].validateTemplate(template);
}

/**
 * Validates a record: its JSON Schema, then its answers against its template. The template is the one given
 * (object or built-in id), else the one the record carries (`embeddedTemplate`, a derived or programme's own
 * template), else the built-in template the record names; without one only the schema is checked.
 */
export function validateRecord(record: unknown, template?: Template | string): ValidationError[] {
  const kind = isObject(record) ? record['kind'] : undefined;
  if (!isKind(kind)) return kindErrors(record);
  const named = isObject(record) && isObject(record['template']) ? record['template']['id'] : undefined;
  const builtIn = !embeddedTemplateOf(record) && typeof named === 'string' ? getTemplate(named) : undefined;
  const against = typeof template === 'string' ? getTemplate(template) : (template ?? builtIn);
  return schemasOfKind[kind].validateRecord(record, against as never);
}
