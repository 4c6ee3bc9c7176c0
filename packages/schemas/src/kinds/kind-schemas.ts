import { checkTemplateMatch } from '../checks/template-match.js';
import type { ValidationError } from '../errors.js';
import type { StandaloneValidator } from '../generated/validators/observation-record.js';
import type { Kind, TemplateOfKind } from '../kinds.js';
import { fromStandalone, type SchemaValidator } from '../standalone.js';

/**
 * One document kind's schemas, built-in templates and checks. Each kind has its own module
 * (`@mentorkit/schemas/kinds/observation.js` and so on), so code that handles one kind ships only
 * that kind's precompiled validators and templates.
 */
export interface KindSchemas<K extends Kind> {
  readonly kind: K;
  /** This kind's built-in templates, by id. */
  readonly templates: Readonly<Record<string, TemplateOfKind[K]>>;
  /** The record's JSON Schema only. */
  readonly recordSchema: SchemaValidator;
  /** The template's JSON Schema only. */
  readonly templateSchema: SchemaValidator;
  /** Validates a template of this kind: its JSON Schema, then unique ids and internal references. */
  validateTemplate(template: unknown): ValidationError[];
  /**
   * Validates a record of this kind: its JSON Schema, then its answers against `template` (an object, or
   * the id of one of this kind's built-in templates); without a template only the schema is checked.
   */
  validateRecord(record: unknown, template?: TemplateOfKind[K] | string): ValidationError[];
}

interface KindParts<K extends Kind> {
  kind: K;
  templates: Readonly<Record<string, TemplateOfKind[K]>>;
  record: StandaloneValidator;
  template: StandaloneValidator;
  checkRecord(record: unknown, template: unknown): ValidationError[];
  checkTemplate(template: unknown): ValidationError[];
}

export function defineKindSchemas<K extends Kind>(parts: KindParts<K>): KindSchemas<K> {
  const recordSchema = fromStandalone(parts.record);
  const templateSchema = fromStandalone(parts.template);
  return {
    kind: parts.kind,
    templates: parts.templates,
    recordSchema,
    templateSchema,
    validateTemplate: (template) => [...templateSchema(template), ...parts.checkTemplate(template)],
    validateRecord(record, template) {
      const errors = recordSchema(record);
      const against =
        typeof template === 'string' ? (Object.hasOwn(parts.templates, template) ? parts.templates[template] : undefined) : template;
      if (against) errors.push(...checkTemplateMatch(record, against), ...parts.checkRecord(record, against));
      return errors;
    },
  };
}
