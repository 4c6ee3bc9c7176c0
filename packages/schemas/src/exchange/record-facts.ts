import type { DocumentRecord, Template } from '../kinds.js';
import type { Party, Person, RatingLevel, RatingScale } from '../generated/types/index.js';
import { textIn } from './text.js';

/** What every export and summary says about a record, whatever its kind. */
export interface RecordFacts {
  /** The record's id, or `kind-index` when it has none. */
  id: string;
  kind: DocumentRecord['kind'];
  /** The person the record is about: the respondent, the observed teacher, the plan's owner, the first party. */
  person: string;
  personId?: string;
  /** A group to filter by: the organisation, or the class observed. */
  group: string;
  /** The record's date (YYYY-MM-DD): the assessment, observation, plan or meeting start date, else when it was last changed. */
  date: string;
  status: string;
}

/** Text from a record that may not be valid: anything but a string is nothing. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function partyName(party: Party | undefined): string {
  return text(party?.person?.name) || text(party?.group?.name) || text(party?.school?.name);
}

function dateOf(value: unknown): string {
  return text(value).slice(0, 10);
}

/** The facts of one record. `index` names a record that has no id. */
export function recordFacts(record: DocumentRecord, index = 0): RecordFacts {
  const base = { id: text(record.id) || `${record.kind}-${index + 1}`, kind: record.kind, status: text(record.status) };
  const changed = dateOf(record.updatedAt ?? record.createdAt);
  switch (record.kind) {
    case 'rubric':
      return {
        ...base,
        ...personFacts(record.respondent),
        group: record.organisation ?? record.respondent?.organisation ?? '',
        date: record.date ?? changed,
      };
    case 'observation': {
      const info = record.information ?? {};
      return {
        ...base,
        ...personFacts(info.observed),
        group: text(info.group) || text(info.observed?.organisation),
        date: dateOf(info.date) || changed,
      };
    }
    case 'plan':
      return {
        ...base,
        person: record.header?.name ?? '',
        group: record.header?.organisation ?? '',
        date: record.header?.date ?? record.timeline?.start ?? changed,
      };
    case 'agreement': {
      const parties = Object.values(record.parties && typeof record.parties === 'object' ? record.parties : {})
        .filter(Array.isArray)
        .flat();
      const first = parties[0];
      return {
        ...base,
        person: parties.map(partyName).filter(Boolean).join(', '),
        ...(text(first?.person?.id) ? { personId: text(first?.person?.id) } : {}),
        group: text(first?.person?.organisation),
        date: dateOf(record.meeting?.start) || changed,
      };
    }
  }
}

function personFacts(person: Person | undefined): { person: string; personId?: string } {
  return { person: text(person?.name), ...(text(person?.id) ? { personId: text(person?.id) } : {}) };
}

/** One item a record rates: a rubric criterion or an observation point, with the group it is in. */
export interface RatedItem {
  id: string;
  /** A short name for headings: the criterion's title, or its text when it has none. */
  title: string;
  /** The full text of the criterion or point. */
  text: string;
  /** The standard (rubric) the item belongs to; empty for observation points. */
  groupId: string;
  groupTitle: string;
}

/** The items a template rates, in order, with their text in `lang`. */
export function ratedItems(template: Template, lang?: string): RatedItem[] {
  const language = lang ?? template.lang;
  if (template.kind === 'rubric')
    return template.standards.flatMap((standard) =>
      standard.criteria.map((criterion) => ({
        id: criterion.id,
        title: textIn(criterion.title ?? criterion.text, language),
        text: textIn(criterion.text, language),
        groupId: standard.id,
        groupTitle: textIn(standard.title, language),
      })),
    );
  if (template.kind === 'observation')
    return template.points.map((point) => ({
      id: point.id,
      title: textIn(point.title, language),
      text: textIn(point.criterion ?? point.title, language),
      groupId: '',
      groupTitle: '',
    }));
  return [];
}

/** The template's scale, if its kind rates items. */
export function scaleOf(template: Template): RatingScale | undefined {
  return template.kind === 'rubric' || template.kind === 'observation' ? template.scale : undefined;
}

/** The scale's levels from lowest to highest, whatever order the template lists them in. */
export function levelsLowToHigh(scale: RatingScale): RatingLevel[] {
  return scale.order === 'descending' ? [...scale.levels].reverse() : [...scale.levels];
}

/** The ratings of a record, keyed by item id (empty for kinds that rate nothing). */
export function ratingsOf(record: DocumentRecord): Record<string, { level: string; notes?: string }> {
  const ratings = record.kind === 'rubric' || record.kind === 'observation' ? record.ratings : undefined;
  return ratings && typeof ratings === 'object' && !Array.isArray(ratings) ? ratings : {};
}
