import type { DocumentRecord, Template } from '../kinds.js';
import type { Person, Signature } from '../generated/types/index.js';
import { ratingsOf, recordFacts, scaleOf } from './record-facts.js';
import { stableUuid } from './stable-id.js';
import { languageMap } from './text.js';

/** Mentorkit's xAPI profile: its IRI, verbs, activity types and extensions (see docs/exchange.md). */
export const xapiProfile = {
  id: 'https://schemas.mentorkit.dev/xapi/profile/v1',
  verbs: {
    observed: 'https://schemas.mentorkit.dev/xapi/verbs/observed',
    selfAssessed: 'https://schemas.mentorkit.dev/xapi/verbs/self-assessed',
    reviewed: 'https://schemas.mentorkit.dev/xapi/verbs/reviewed',
    signed: 'https://schemas.mentorkit.dev/xapi/verbs/signed',
  },
  activityTypes: {
    observation: 'https://schemas.mentorkit.dev/xapi/activities/observation',
    rubric: 'https://schemas.mentorkit.dev/xapi/activities/self-assessment',
    plan: 'https://schemas.mentorkit.dev/xapi/activities/development-plan',
    agreement: 'https://schemas.mentorkit.dev/xapi/activities/agreement',
    template: 'https://schemas.mentorkit.dev/xapi/activities/template',
  },
  extensions: {
    template: 'https://schemas.mentorkit.dev/xapi/extensions/template',
    ratings: 'https://schemas.mentorkit.dev/xapi/extensions/ratings',
    levelCounts: 'https://schemas.mentorkit.dev/xapi/extensions/level-counts',
    observed: 'https://schemas.mentorkit.dev/xapi/extensions/observed',
    role: 'https://schemas.mentorkit.dev/xapi/extensions/role',
    contentHash: 'https://schemas.mentorkit.dev/xapi/extensions/content-hash',
  },
} as const;

const verbNames: Record<keyof typeof xapiProfile.verbs, string> = {
  observed: 'observed',
  selfAssessed: 'self-assessed',
  reviewed: 'reviewed',
  signed: 'signed',
};

export interface XapiAgent {
  objectType: 'Agent';
  name?: string;
  mbox?: string;
  account?: { homePage: string; name: string };
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: { type?: string; name?: Record<string, string>; extensions?: Record<string, unknown> };
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: Record<string, string> };
  object: XapiActivity;
  result?: {
    completion?: boolean;
    response?: string;
    score?: { raw: number; min: number; max: number };
    extensions?: Record<string, unknown>;
  };
  context: {
    language?: string;
    contextActivities: { category: XapiActivity[]; grouping: XapiActivity[] };
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
}

export interface XapiOptions {
  /** The host system's home page (an IRL): people without an email are accounts there, named by their id. */
  homePage: string;
  /** IRI prefix under which records are activities: `${activityBase}${record.id}`. Default: `${homePage}/records/`. */
  activityBase?: string;
}

/** An xAPI agent for a person: their email when they have one, else an account at the host. */
export function xapiAgent(person: Person, homePage: string): XapiAgent {
  if (person.email) return { objectType: 'Agent', name: person.name, mbox: `mailto:${person.email}` };
  return { objectType: 'Agent', name: person.name, account: { homePage, name: person.id ?? person.name } };
}

/** An instant for xAPI: a date alone is read as the start of that day, UTC. */
function instant(value: string | undefined, fallback: string): string {
  if (!value) return fallback;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
}

/**
 * The statements a record makes: a completed observation (observed), a completed self-assessment
 * (self-assessed), each plan review (reviewed), and each signature on any record (signed). Records
 * still in draft or in progress make only their signatures' statements. Statement ids are stable, so
 * sending a record again sends the same statements.
 */
export function recordToXapi(template: Template, record: DocumentRecord, options: XapiOptions, index = 0): XapiStatement[] {
  const facts = recordFacts(record, index);
  const lang = record.lang ?? template.lang ?? 'en';
  const base = options.activityBase ?? `${options.homePage.replace(/\/$/, '')}/records/`;
  const object: XapiActivity = {
    objectType: 'Activity',
    id: `${base}${encodeURIComponent(facts.id)}`,
    definition: { type: xapiProfile.activityTypes[record.kind], name: languageMap(template.title, template.lang ?? 'en') },
  };
  const templateActivity: XapiActivity = {
    objectType: 'Activity',
    id: `https://schemas.mentorkit.dev/templates/${encodeURIComponent(template.id)}/${encodeURIComponent(template.version)}`,
    definition: { type: xapiProfile.activityTypes.template, name: languageMap(template.title, template.lang ?? 'en') },
  };
  const fallbackTime = instant(record.updatedAt ?? record.createdAt ?? facts.date, '1970-01-01T00:00:00Z');
  const statement = (
    key: string,
    verb: keyof typeof xapiProfile.verbs,
    actor: Person,
    timestamp: string,
    extra: Pick<XapiStatement, 'result'> & { contextExtensions?: Record<string, unknown> } = {},
  ): XapiStatement => ({
    id: stableUuid(`${object.id}#${key}`),
    actor: xapiAgent(actor, options.homePage),
    verb: { id: xapiProfile.verbs[verb], display: { en: verbNames[verb] } },
    object,
    ...(extra.result ? { result: extra.result } : {}),
    context: {
      language: lang,
      contextActivities: { category: [{ objectType: 'Activity', id: xapiProfile.id }], grouping: [templateActivity] },
      extensions: { [xapiProfile.extensions.template]: { id: template.id, version: template.version }, ...extra.contextExtensions },
    },
    timestamp,
  });
  const done = record.status === 'completed' || record.status === 'signed';
  const statements: XapiStatement[] = [];
  if (done && record.kind === 'observation' && record.information?.observer) {
    const info = record.information;
    statements.push(
      statement(
        'observed',
        'observed',
        info.observer!,
        instant(info.date && info.time ? `${info.date}T${info.time}:00Z` : info.date, fallbackTime),
        {
          result: { completion: true, ...ratingsResult(template, record) },
          ...(info.observed
            ? { contextExtensions: { [xapiProfile.extensions.observed]: xapiAgent(info.observed, options.homePage) } }
            : {}),
        },
      ),
    );
  }
  if (done && record.kind === 'rubric' && record.respondent)
    statements.push(
      statement('self-assessed', 'selfAssessed', record.respondent, instant(record.date, fallbackTime), {
        result: { completion: true, ...ratingsResult(template, record) },
      }),
    );
  if (record.kind === 'plan')
    (record.reviews ?? []).forEach((review, i) => {
      const reviewer = review.reviewer ?? (record.header?.name ? { name: record.header.name } : undefined);
      if (reviewer)
        statements.push(
          statement(`review-${i}`, 'reviewed', reviewer, instant(review.date, fallbackTime), { result: { response: review.progress } }),
        );
    });
  (record.signatures ?? []).forEach((signature: Signature, i) =>
    statements.push(
      statement(`signature-${i}`, 'signed', signature.signer, signature.signedAt, {
        result: {
          extensions: { [xapiProfile.extensions.role]: signature.role, [xapiProfile.extensions.contentHash]: signature.contentHash },
        },
      }),
    ),
  );
  return statements;
}

/** Ratings as result extensions (level per item, count per level), and a score when the scale has values. */
function ratingsResult(template: Template, record: DocumentRecord): Pick<NonNullable<XapiStatement['result']>, 'score' | 'extensions'> {
  const ratings = ratingsOf(record);
  const levels = scaleOf(template)?.levels ?? [];
  const entries = Object.entries(ratings);
  const levelOf = Object.fromEntries(entries.map(([item, rating]) => [item, rating.level]));
  const byLevel = Object.fromEntries(levels.map((level) => [level.id, entries.filter(([, rating]) => rating.level === level.id).length]));
  const values = levels.map((level) => level.value).filter((value): value is number => typeof value === 'number');
  const rated = Object.values(ratings)
    .map((rating) => levels.find((level) => level.id === rating.level)?.value)
    .filter((value): value is number => typeof value === 'number');
  const score =
    values.length && rated.length
      ? {
          score: {
            raw: rated.reduce((a, b) => a + b, 0),
            min: Math.min(...values) * rated.length,
            max: Math.max(...values) * rated.length,
          },
        }
      : {};
  return { ...score, extensions: { [xapiProfile.extensions.ratings]: levelOf, [xapiProfile.extensions.levelCounts]: byLevel } };
}

/** The statements of many records of one template. */
export function recordsToXapi(template: Template, records: DocumentRecord[], options: XapiOptions): XapiStatement[] {
  return records.flatMap((record, index) => recordToXapi(template, record, options, index));
}
