import { templateJson } from './built-in-templates.mjs';
import type { Template } from './kinds.js';
import { offerCompleteTemplates } from './template-text.js';

/** The built-in templates, by id, with their text in every language. */
export const builtInTemplates = templateJson;
offerCompleteTemplates(templateJson);

export type BuiltInTemplateId = keyof typeof builtInTemplates;

/** A built-in template by id, or undefined. */
export function getTemplate(id: string): Template | undefined {
  return Object.hasOwn(builtInTemplates, id) ? builtInTemplates[id as BuiltInTemplateId] : undefined;
}
