import { templateJson } from './built-in-templates.mjs';
import type { Template } from './kinds.js';

/** The built-in templates, by id. */
export const builtInTemplates = templateJson;

export type BuiltInTemplateId = keyof typeof builtInTemplates;

/** A built-in template by id, or undefined. */
export function getTemplate(id: string): Template | undefined {
  return Object.hasOwn(builtInTemplates, id) ? builtInTemplates[id as BuiltInTemplateId] : undefined;
}
