import type { LocalisedText, RatingLevel, RubricTemplate } from '../generated/types/index.js';
import { stableUuid } from './stable-id.js';
import { textIn } from './text.js';

/** A 1EdTech CASE 1.1 `LinkURI`. */
export interface CaseLinkUri {
  title: string;
  identifier: string;
  uri: string;
}

/** A CASE 1.1 `CFRubricCriterionLevel` (REST/JSON binding). */
export interface CFRubricCriterionLevel {
  identifier: string;
  uri: string;
  description?: string;
  quality?: string;
  score?: number;
  feedback?: string;
  position?: number;
  rubricCriterionId?: string;
  lastChangeDateTime: string;
  extensions?: Record<string, unknown>;
}

/** A CASE 1.1 `CFRubricCriterion`. */
export interface CFRubricCriterion {
  identifier: string;
  uri: string;
  category?: string;
  description?: string;
  CFItemURI?: CaseLinkUri;
  weight?: number;
  position?: number;
  rubricId?: string;
  lastChangeDateTime: string;
  CFRubricCriterionLevels?: CFRubricCriterionLevel[];
  extensions?: Record<string, unknown>;
}

/** A CASE 1.1 `CFRubric`. */
export interface CFRubric {
  identifier: string;
  uri: string;
  title?: string;
  description?: string;
  lastChangeDateTime: string;
  CFRubricCriteria?: CFRubricCriterion[];
  extensions?: Record<string, unknown>;
}

/** The key under which a CASE export keeps what CASE has no field for (CASE 1.1 `extensions`). */
export const caseExtension = 'https://schemas.mentorkit.dev/case/v1';

export interface CaseExportOptions {
  /** Base of the `uri`s: `${baseUri}/CFRubrics/{identifier}` and so on. */
  baseUri: string;
  /** The one language CASE text is written in (default: the template's, else `en`). */
  lang?: string;
  /** Keep what CASE has no field for in `extensions`, so an import gets the template back whole (default true). */
  extensions?: boolean;
  /** `lastChangeDateTime` of every object (default: now). */
  lastChangeDateTime?: string;
}

/** Something a conversion could not carry: where it is in the template, and why. */
export interface CaseLoss {
  pointer: string;
  reason: string;
}

/** What CASE holds of a rubric template, in order: the part a round trip must keep equal. */
export interface CaseView {
  title: string;
  description: string;
  criteria: {
    category: string;
    description: string;
    position: number;
    levels: { quality: string; description: string; score?: number; position: number }[];
  }[];
}

const held = [
  /^\/title$/,
  /^\/description$/,
  /^\/standards\/\d+\/title$/,
  /^\/standards\/\d+\/criteria\/\d+\/text$/,
  /^\/scale\/levels\/\d+\/(label|description|value)$/,
];
/** Parts reported as one loss rather than field by field. */
const wholes = [
  /^\/(preamble|sections|advanced|closing|attribution|extensions|instructions)$/,
  /^\/standards\/\d+\/(reflection|extensions)$/,
];
const implied = [/^\/schemaVersion$/, /^\/kind$/, /^\/scale\/order$/];

/** What of the template a CASE `CFRubric` cannot hold (without the Mentorkit extension). */
export function caseLimits(template: RubricTemplate, lang = template.lang ?? 'en'): CaseLoss[] {
  const losses: CaseLoss[] = [];
  const walk = (value: unknown, pointer: string) => {
    const isHeld = held.some((pattern) => pattern.test(pointer));
    if (isHeld) {
      if (value && typeof value === 'object') {
        const others = Object.keys(value).filter((tag) => tag.toLowerCase() !== lang.toLowerCase());
        if (others.length) losses.push({ pointer, reason: `CASE text has one language (${lang}); not kept: ${others.join(', ')}` });
      }
      return;
    }
    if (implied.some((pattern) => pattern.test(pointer))) return;
    if (Array.isArray(value)) return value.forEach((item, index) => walk(item, `${pointer}/${index}`));
    if (value && typeof value === 'object' && !wholes.some((pattern) => pattern.test(pointer))) {
      for (const [key, inner] of Object.entries(value)) walk(inner, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      return;
    }
    losses.push({ pointer, reason: reasonFor(pointer) });
  };
  walk(template, '');
  return losses;
}

function reasonFor(pointer: string): string {
  if (/^\/standards\/\d+\/criteria\/\d+\/id$/.test(pointer) || /^\/standards\/\d+\/id$/.test(pointer) || /\/levels\/\d+\/id$/.test(pointer))
    return 'CASE identifies things by UUID only; the id is rebuilt on import';
  if (/\/levels\/\d+\/(symbol|color)$/.test(pointer)) return 'CASE levels have no symbol or colour';
  if (/^\/standards\/\d+\/(statement|reflection|section)/.test(pointer)) return 'CASE groups criteria by a category name only';
  if (/^\/standards\/\d+\/criteria\/\d+\/title$/.test(pointer)) return 'CASE criteria have one description';
  return 'CASE rubrics have no field for it';
}

/** The part of a rubric template that CASE holds. */
export function caseView(template: RubricTemplate, lang = template.lang ?? 'en'): CaseView {
  let position = 0;
  return {
    title: textIn(template.title, lang),
    description: textIn(template.description, lang),
    criteria: template.standards.flatMap((standard) =>
      standard.criteria.map((criterion) => ({
        category: textIn(standard.title, lang),
        description: textIn(criterion.text, lang),
        position: ++position,
        levels: template.scale.levels.map((level, index) => ({
          quality: textIn(level.label, lang),
          description: textIn(level.description, lang),
          ...(typeof level.value === 'number' ? { score: level.value } : {}),
          position: index + 1,
        })),
      })),
    ),
  };
}

/** A rubric template as a CASE 1.1 `CFRubric`, with what CASE cannot hold in its Mentorkit extension. */
export function rubricToCase(template: RubricTemplate, options: CaseExportOptions): { rubric: CFRubric; losses: CaseLoss[] } {
  const lang = options.lang ?? template.lang ?? 'en';
  const base = options.baseUri.replace(/\/$/, '');
  const at = options.lastChangeDateTime ?? new Date().toISOString();
  const keep = options.extensions !== false;
  const key = `${template.id}@${template.version}`;
  const rubricId = stableUuid(`rubric:${key}`);
  const view = caseView(template, lang);
  const criteria = template.standards.flatMap((standard) => standard.criteria.map((criterion) => ({ standard, criterion })));
  const rubric: CFRubric = {
    identifier: rubricId,
    uri: `${base}/CFRubrics/${rubricId}`,
    title: view.title,
    ...(view.description ? { description: view.description } : {}),
    lastChangeDateTime: at,
    CFRubricCriteria: view.criteria.map((item, index) => {
      const { standard, criterion } = criteria[index]!;
      const criterionId = stableUuid(`criterion:${key}:${criterion.id}`);
      return {
        identifier: criterionId,
        uri: `${base}/CFRubricCriteria/${criterionId}`,
        category: item.category,
        description: item.description,
        position: item.position,
        rubricId,
        lastChangeDateTime: at,
        CFRubricCriterionLevels: item.levels.map((level, levelIndex) => {
          const levelId = stableUuid(`level:${key}:${criterion.id}:${template.scale.levels[levelIndex]!.id}`);
          return {
            identifier: levelId,
            uri: `${base}/CFRubricCriterionLevels/${levelId}`,
            quality: level.quality,
            ...(level.description ? { description: level.description } : {}),
            ...(level.score !== undefined ? { score: level.score } : {}),
            position: level.position,
            rubricCriterionId: criterionId,
            lastChangeDateTime: at,
          };
        }),
        ...(keep ? { extensions: { [caseExtension]: { criterion: criterion.id, standard: standard.id } } } : {}),
      };
    }),
    ...(keep ? { extensions: { [caseExtension]: { template } } } : {}),
  };
  return { rubric, losses: keep ? [] : caseLimits(template, lang) };
}

export interface CaseImportOptions {
  /** The language CASE text is in (default: the template's in the extension, else `en`). */
  lang?: string;
}

/** What an import did not take over from CASE (Mentorkit has one scale for all criteria), and how it filled gaps. */
export interface CaseImportNote {
  path: string;
  note: string;
}

const symbols: RatingLevel['symbol'][] = ['cross', 'triangle', 'square', 'diamond', 'check', 'star', 'circle', 'ring', 'half', 'dash'];

function slug(text: string, fallback: string): string {
  const id = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return id || fallback;
}

/**
 * CASE text back into template text: unchanged, the original with all its languages; edited in CASE,
 * the new text alone (the other languages translated the old text, so they no longer apply).
 */
function merged(original: LocalisedText | undefined, text: string | undefined, lang: string): LocalisedText | undefined {
  if (text === undefined || text === '') return original === undefined ? undefined : original;
  if (original === undefined || typeof original === 'string') return text;
  return textIn(original, lang) === text ? original : text;
}

/**
 * A CASE `CFRubric` as a Mentorkit rubric template. With the Mentorkit extension the template comes
 * back whole, with what CASE holds (titles, texts, level qualities, descriptions and scores) taken
 * from the CASE objects, so an edit made in a CASE tool wins. Without it, the template is built from
 * CASE alone: criteria grouped into standards by category, the first criterion's levels as the scale.
 */
export function caseToRubric(rubric: CFRubric, options: CaseImportOptions = {}): { template: RubricTemplate; notes: CaseImportNote[] } {
  const notes: CaseImportNote[] = [];
  const extension = rubric.extensions && typeof rubric.extensions === 'object' ? rubric.extensions[caseExtension] : undefined;
  const kept = looksLikeRubric((extension as { template?: unknown } | undefined)?.template);
  const criteria = (Array.isArray(rubric.CFRubricCriteria) ? rubric.CFRubricCriteria : [])
    .filter((criterion): criterion is CFRubricCriterion => !!criterion && typeof criterion === 'object')
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const lang = options.lang ?? (typeof kept?.lang === 'string' ? kept.lang : 'en');
  if (kept) return { template: overlay(structuredClone(kept), rubric, criteria, lang, notes), notes };
  if (extension !== undefined)
    notes.push({ path: `/extensions/${caseExtension}`, note: 'The Mentorkit extension holds no rubric template; it is not used.' });

  const first = levelsOf(criteria[0]);
  const levelIds = new Set<string>();
  const levels: RatingLevel[] = first.map((level, index) => {
    let id = slug(level.quality ?? '', `level-${index + 1}`);
    while (levelIds.has(id)) id += `-${index + 1}`;
    levelIds.add(id);
    return {
      id,
      label: level.quality || `Level ${index + 1}`,
      ...(level.description ? { description: level.description } : {}),
      symbol: symbols[index % symbols.length]!,
      ...(typeof level.score === 'number' ? { value: level.score } : {}),
    };
  });
  if (!levels.length) levels.push({ id: 'achieved', label: 'Achieved', symbol: 'check' });
  const standards: RubricTemplate['standards'] = [];
  criteria.forEach((criterion, index) => {
    const category = criterion.category ?? '';
    let standard = standards.at(-1);
    if (!standard || standard.title !== (category || 'Criteria')) {
      standard = { id: `standard-${standards.length + 1}`, title: category || 'Criteria', criteria: [] };
      standards.push(standard);
    }
    standard.criteria.push({ id: `criterion-${index + 1}`, text: criterion.description || `Criterion ${index + 1}` });
    compareLevels(criterion, first, `/CFRubricCriteria/${index}`, notes);
  });
  notes.push({ path: '', note: 'No Mentorkit extension: ids, symbols and attribution are made up from the CASE objects.' });
  const title = rubric.title || 'CASE rubric';
  const template: RubricTemplate = {
    schemaVersion: 1,
    kind: 'rubric',
    id: `case-${rubric.identifier}`.slice(0, 100),
    version: '1.0.0',
    title,
    ...(rubric.description ? { description: rubric.description } : {}),
    lang,
    attribution: {
      title,
      organisation: hostOf(rubric.uri),
      sourceDocument: rubric.uri,
      note: 'Imported from a 1EdTech CASE CFRubric, which carries no attribution.',
    },
    scale: { order: 'ascending', levels },
    standards,
  };
  return { template, notes };
}

function hostOf(uri: string): string {
  try {
    return new URL(uri).host || uri;
  } catch {
    return uri || 'unknown';
  }
}

/** The shape of a rubric template, enough to merge CASE fields into it (the caller validates the result). */
function looksLikeRubric(value: unknown): RubricTemplate | undefined {
  const template = value as RubricTemplate | undefined;
  const ok =
    !!template &&
    typeof template === 'object' &&
    template.kind === 'rubric' &&
    Array.isArray(template.standards) &&
    template.standards.every((standard) => standard && typeof standard === 'object' && Array.isArray(standard.criteria)) &&
    !!template.scale &&
    Array.isArray(template.scale.levels);
  return ok ? template : undefined;
}

/** A criterion's levels in position order (none when the criterion or its levels are not what CASE says). */
function levelsOf(criterion: CFRubricCriterion | undefined): CFRubricCriterionLevel[] {
  const levels = Array.isArray(criterion?.CFRubricCriterionLevels) ? criterion.CFRubricCriterionLevels : [];
  return levels.filter((level) => !!level && typeof level === 'object').sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
}

/** Levels of a criterion that differ from the scale's: Mentorkit has one scale, so they are not kept. */
function compareLevels(criterion: CFRubricCriterion, scale: CFRubricCriterionLevel[], path: string, notes: CaseImportNote[]): void {
  const levels = levelsOf(criterion);
  const same =
    levels.length === scale.length &&
    levels.every(
      (level, i) => level.quality === scale[i]!.quality && level.score === scale[i]!.score && level.description === scale[i]!.description,
    );
  if (!same)
    notes.push({
      path,
      note: 'Its levels differ from the first criterion’s; Mentorkit rates every criterion on one scale, so they are not kept.',
    });
  if (levels.some((level) => level.feedback))
    notes.push({ path, note: 'Level feedback is not kept: Mentorkit levels have a description only.' });
  if (criterion.weight !== undefined) notes.push({ path, note: 'The weight is not kept: Mentorkit criteria are not weighted.' });
  if (criterion.CFItemURI) notes.push({ path, note: 'The link to a CFItem is not kept.' });
}

/** The kept template with the CASE-held fields taken from the CASE objects. */
function overlay(
  template: RubricTemplate,
  rubric: CFRubric,
  criteria: CFRubricCriterion[],
  lang: string,
  notes: CaseImportNote[],
): RubricTemplate {
  template.title = merged(template.title, rubric.title, lang) ?? template.title;
  const description = merged(template.description, rubric.description, lang);
  if (description !== undefined) template.description = description;
  const byId = new Map(
    template.standards.flatMap((standard) => standard.criteria.map((criterion) => [criterion.id, { standard, criterion }] as const)),
  );
  criteria.forEach((item, index) => {
    const ref = item.extensions?.[caseExtension] as { criterion?: string } | undefined;
    const found = ref?.criterion ? byId.get(ref.criterion) : undefined;
    if (!found)
      return notes.push({
        path: `/CFRubricCriteria/${index}`,
        note: 'A criterion the template does not know is not added; import without the extension to take CASE as it is.',
      });
    found.criterion.text = merged(found.criterion.text, item.description, lang) ?? found.criterion.text;
    found.standard.title = merged(found.standard.title, item.category, lang) ?? found.standard.title;
  });
  const levels = levelsOf(criteria[0]);
  template.scale.levels.forEach((level, index) => {
    const from = levels[index];
    if (!from) return;
    level.label = merged(level.label, from.quality, lang) ?? level.label;
    const text = merged(level.description, from.description, lang);
    if (text !== undefined) level.description = text;
    if (typeof from.score === 'number') level.value = from.score;
  });
  return template;
}
