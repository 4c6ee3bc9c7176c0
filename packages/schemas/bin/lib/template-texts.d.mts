/** Where the template JSON Schemas are (schemas/) and the built-in templates (schemas/templates/). */
export const schemasDir: string;
export const templatesDir: string;
/** The five languages every built-in template is written in; English is the source's text. */
export const templateLanguages: string[];
/** Every JSON Schema in schemas/, by `$id`. */
export function loadSchemas(): Map<string, object>;
/** The built-in templates, by file name. */
export function loadTemplates(): { file: string; template: { kind: string; [key: string]: unknown } }[];
/** The localised texts of a template, in document order. */
export function localisedTexts(
  template: object,
  schemas: Map<string, object>,
): { pointer: string; text: string | Record<string, string> }[];
