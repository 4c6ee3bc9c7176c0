import { checkEmbeddedTemplate } from '../checks/embedded-template.js';
import { checkTemplateMatch } from '../checks/template-match.js';
import { embeddedTemplateOf } from '../derived-templates.js';
import type { ValidationError } from '../errors.js';
import type { StandaloneValidator } from '../generated/validators/observation-record.js';
import type { Kind, TemplateOfKind } from '../kinds.js';
import { fromStandalone, type SchemaValidator } from '../standalone.js';

/**
 * One document kind's records: its built-in templates and everything needed to validate a record.
 * Each kind has a module of its own (`@mentorkit/schemas/kinds/observation-records.js` and so on), so
 * code that handles one kind ships only that kind's record validator and templates.
 */
export interface KindRecords<K extends Kind> {
  readonly kind: K;
  /** This kind's built-in templates, by id. */
  readonly templates: Readonly<Record<string, TemplateOfKind[K]>>;
  /** The record's JSON Schema only. */
  readonly recordSchema: SchemaValidator;
  /**
   * Validates a record of this kind: its JSON Schema, then its answers against `template` (an object, or
   * the id of one of this kind's built-in templates), else against the template the record carries
   * (`embeddedTemplate`, checked first: see `checkEmbeddedTemplate`); without either only the schema is checked.
   */
  validateRecord(record: unknown, template?: TemplateOfKind[K] | string): ValidationError[];
}

/**
 * A kind's records, plus what validates a template of the kind (`@mentorkit/schemas/kinds/observation.js`
 * and so on). The template validator is as large as the record validator; the built-in templates are
 * checked when the package is built, so only code that accepts template objects needs it.
 */
export interface KindSchemas<K extends Kind> extends KindRecords<K> {
  /** The template's JSON Schema only. */
  readonly templateSchema: SchemaValidator;
  /** Validates a template of this kind: its JSON Schema, then unique ids and internal references. */
  validateTemplate(template: unknown): ValidationError[];
}

interface RecordParts<K extends Kind> {
  kind: K;
  templates: Readonly<Record<string, TemplateOfKind[K]>>;
  record: StandaloneValidator;
  checkRecord(record: unknown, template: unknown): ValidationError[];
  /** The kind's template checks (unique ids, references), for a template a record carries. */
  checkTemplate(template: unknown): ValidationError[];
}

export function defineKindRecords<K extends Kind>(parts: RecordParts<K>): KindRecords<K> {
  const recordSchema = fromStandalone(parts.record);
  const { templates } = parts;
  return {
    kind: parts.kind,
    templates,
    recordSchema,
    validateRecord(record, template) {
      const errors = recordSchema(record);
      const given = typeof template === 'string' ? (Object.hasOwn(templates, template) ? templates[template] : undefined) : template;
      const embedded = embeddedTemplateOf(record);
      let against = given;
      if (embedded) {
        const shapeFaults = errors.some((error) => error.pointer.startsWith('/embeddedTemplate'));
        const faults = checkEmbeddedTemplate(record, embedded, templates, parts.checkTemplate, given);
        errors.push(...faults);
        // Answers are checked against a carried template only once it is one to check against.
        if (!given && !shapeFaults && !faults.length) against = embedded as TemplateOfKind[K];
      }
      if (against) errors.push(...checkTemplateMatch(record, against), ...parts.checkRecord(record, against));
      return errors;
    },
  };
}

export function defineKindSchemas<K extends Kind>(
  records: KindRecords<K>,
  template: StandaloneValidator,
  checkTemplate: (template: unknown) => ValidationError[],
): KindSchemas<K> {
  const templateSchema = fromStandalone(template);
  return {
    ...records,
    templateSchema,
    validateTemplate: (value) => [...templateSchema(value), ...checkTemplate(value)],
  };
}
