import { localise, type JsonSchema, type LocalisedText } from '@mentorkit/core';
import type { RubricTemplate } from '@mentorkit/schemas';
import type { DocumentForm } from '../document/document-element.js';
import { authoredText, date, envelope, joined, longText, person, rating, text } from '../shared/form-schema.js';
import { rubricTerms } from './rag-rubric-terms.js';

type Standard = RubricTemplate['standards'][number];
type Criterion = Standard['criteria'][number];
type FieldLabel = NonNullable<NonNullable<Standard['reflection']>['strengths']>;
type Advanced = NonNullable<RubricTemplate['advanced']>;
type PerformanceCriterion = Advanced['criteria'][number];

/** Two texts joined with a separator, in every language either has: a criterion's title and text. */
export function joinTexts(first: LocalisedText, second: LocalisedText, separator = ': '): LocalisedText {
  if (typeof first === 'string' && typeof second === 'string') return `${first}${separator}${second}`;
  const pick = (t: LocalisedText, lang: string) => localise(t, lang);
  const langs = new Set([
    ...(typeof first === 'string' ? [] : Object.keys(first)),
    ...(typeof second === 'string' ? [] : Object.keys(second)),
  ]);
  return Object.fromEntries([...langs].map((lang) => [lang, `${pick(first, lang)}${separator}${pick(second, lang)}`]));
}

/** What a criterion's rating is called (the radio group's legend): its title and text. */
export function criterionLabel(criterion: Criterion): LocalisedText {
  return criterion.title ? joinTexts(criterion.title, criterion.text) : criterion.text;
}

/** A free-text field a template asks for, with its hint; optional ones say so when the template gives no hint. */
function labelledText(field: FieldLabel): JsonSchema {
  const help = field.hint ?? (field.optional ? rubricTerms.optional : undefined);
  return longText(field.label, help ? { description: help } : {});
}

function ratingsSchema(template: RubricTemplate): JsonSchema {
  // The levels' descriptions are shown once in the scale key: repeated in every row they would bury the grid.
  const levels = template.scale.levels.map(({ id, label, symbol, color }) => ({
    id,
    label,
    ...(symbol ? { symbol } : {}),
    ...(color ? { color } : {}),
  }));
  const properties: Record<string, JsonSchema> = {};
  for (const standard of template.standards)
    for (const criterion of standard.criteria) {
      const label = criterionLabel(criterion);
      properties[criterion.id] = {
        type: 'object',
        title: label,
        properties: {
          level: rating(label, levels),
          notes: longText(joined(rubricTerms.notesOn, label), { 'x-ui': { widget: 'textarea', labelHidden: true, rows: 2 } }),
        },
      };
    }
  return { type: 'object', properties };
}

function standardsSchema(template: RubricTemplate): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const standard of template.standards) {
    const fields = standard.reflection;
    if (!fields) continue;
    const answers: Record<string, JsonSchema> = {};
    for (const key of ['strengths', 'targets', 'actions'] as const) {
      const field = fields[key];
      if (field) answers[key] = labelledText(field);
    }
    properties[standard.id] = { type: 'object', title: standard.title, properties: answers };
  }
  return { type: 'object', properties };
}

/** The standards a performance criterion can map to: those its template entry lists, or every framework's. */
export function mappingOptions(advanced: Advanced, criterion: PerformanceCriterion): JsonSchema[] {
  const frameworks = new Map(advanced.frameworks.map((f) => [f.id, f]));
  const groups = criterion.mapsTo ?? advanced.frameworks.map((f) => ({ framework: f.id, refs: f.refs }));
  return groups.flatMap(({ framework, refs }) => {
    const title = frameworks.get(framework)?.title ?? framework;
    return refs.map((ref) => ({ const: { framework, ref }, title: joinTexts(title, ref, ' ') }));
  });
}

function advancedSchema(advanced: Advanced): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const criterion of advanced.criteria) {
    properties[criterion.id] = {
      type: 'object',
      title: criterion.text,
      properties: {
        achieved: { type: 'boolean', title: advanced.achievedLabel ?? rubricTerms.achieved },
        evidence: {
          type: 'array',
          title: rubricTerms.evidence,
          items: longText(rubricTerms.evidenceItem, { 'x-ui': { widget: 'textarea', rows: 2, labelHidden: true } }),
        },
        // Options are `{ framework, ref }` objects: the checkbox group stores exactly what the record wants.
        mapsTo: {
          type: 'array',
          title: rubricTerms.mapsTo,
          uniqueItems: true,
          items: { oneOf: mappingOptions(advanced, criterion) },
        },
      },
    };
  }
  return { type: 'object', title: advanced.title, properties };
}

function closingSchema(closing: NonNullable<RubricTemplate['closing']>): JsonSchema {
  const answers: Record<string, JsonSchema> = {};
  for (const question of closing.keyQuestions ?? []) answers[question.id] = longText(question.text);
  const comments: Record<string, JsonSchema> = {};
  for (const { role, label } of closing.comments ?? []) comments[role] = authoredText(label);
  return {
    type: 'object',
    title: closing.title ?? rubricTerms.closing,
    properties: {
      answers: { type: 'object', title: closing.keyQuestionsTitle ?? rubricTerms.keyQuestions, properties: answers },
      ...(closing.reflection ? { reflection: labelledText(closing.reflection) } : {}),
      ...(closing.targets ? { targets: labelledText(closing.targets) } : {}),
      comments: { type: 'object', title: rubricTerms.comments, properties: comments },
    },
  };
}

/**
 * The form a rubric template describes: who and when, a rating per criterion on the template's scale,
 * strengths / targets / actions per standard, the advanced part and the closing reflection. Only the
 * parts the template has are in the form; the record keeps whatever else it holds.
 */
export function rubricForm(template: RubricTemplate): DocumentForm {
  const schema: JsonSchema = {
    type: 'object',
    properties: {
      ...envelope('rubric', template),
      respondent: person(rubricTerms.respondent, false),
      organisation: text(rubricTerms.organisation),
      date: date(rubricTerms.date),
      ratings: ratingsSchema(template),
      standards: standardsSchema(template),
      ...(template.advanced ? { advanced: advancedSchema(template.advanced) } : {}),
      ...(template.closing ? { closing: closingSchema(template.closing) } : {}),
    },
  };
  return { schema, ui: {} };
}
