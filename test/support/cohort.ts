/**
 * A generated programme cohort: many records of one built-in template, valid against the schemas, the
 * same on every run (seeded). Tests, stories and the benchmark load it.
 */
import type { AgreementRecord, ObservationRecord, PlanRecord, RubricRecord, RubricTemplate } from '../../packages/schemas/src/index.js';
import { builtInTemplates } from '../../packages/schemas/src/templates.js';
import { contentHash } from '../../packages/schemas/src/canonical.js';
import { seededRandom, type Random } from './seeded-random.js';

const first = [
  'Anna',
  'Marco',
  'Liisa',
  'Sven',
  'Giulia',
  'Pieter',
  'Ingrid',
  'Matti',
  'Sara',
  'Jonas',
  'Elif',
  'Noor',
  'Kari',
  'Lucia',
  'Tomas',
];
const last = ['Berg', 'Rossi', 'Virtanen', 'Hansen', 'Bianchi', 'de Vries', 'Nilsen', 'Korhonen', 'Janssen', 'Conti', 'Lind', 'Bakker'];
export const cohortSchools = ['Lakeside School', 'Hillview Academy', 'Northfield Primary', 'Riverside College', 'Oakwood School'];

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function personName(index: number): string {
  return `${first[index % first.length]} ${last[Math.floor(index / first.length) % last.length]}${index >= first.length * last.length ? ` ${Math.floor(index / (first.length * last.length)) + 1}` : ''}`;
}

function dayOf(random: Random, from = Date.UTC(2025, 8, 1), days = 300): string {
  return new Date(from + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10);
}

/** `size` self-assessments on a rubric template; about one rating in twelve is left out. */
export function rubricCohort(size: number, templateId = 'itt-mentor-standards-rag', seed = 20): RubricRecord[] {
  const template = builtInTemplates[templateId as keyof typeof builtInTemplates] as RubricTemplate;
  const random = seededRandom(seed);
  const levels = template.scale.levels.map((level) => level.id);
  const criteria = template.standards.flatMap((standard) => standard.criteria.map((criterion) => criterion.id));
  return Array.from({ length: size }, (_, index) => {
    const skill = random();
    const ratings: RubricRecord['ratings'] = {};
    for (const id of criteria) {
      if (random() < 0.08) continue;
      const drawn = Math.min(levels.length - 1, Math.floor((skill * 0.6 + random() * 0.6) * levels.length));
      ratings[id] = { level: levels[template.scale.order === 'descending' ? levels.length - 1 - drawn : drawn]! };
    }
    return {
      schemaVersion: 1,
      kind: 'rubric',
      id: `rubric-${index + 1}`,
      template: { id: template.id, version: template.version },
      lang: 'en',
      status: random() < 0.8 ? 'completed' : 'inProgress',
      respondent: { id: `person-${index + 1}`, name: personName(index), role: 'mentor' },
      organisation: pick(random, cohortSchools),
      date: dayOf(random),
      ratings,
    };
  });
}

/** `size` observations of the RESPOND form, spread over `teachers` observed teachers. */
export function observationCohort(size: number, teachers = 8, seed = 21): ObservationRecord[] {
  const random = seededRandom(seed);
  const levels = ['less-good', 'good', 'very-good'];
  return Array.from({ length: size }, (_, index) => {
    const teacher = index % teachers;
    const growth = Math.min(1, (index / size) * 0.8 + random() * 0.5);
    const ratings: ObservationRecord['ratings'] = {};
    for (const point of ['point-1', 'point-2', 'point-3', 'point-4'])
      ratings[point] = { level: levels[Math.min(2, Math.floor(growth * 3))]! };
    return {
      schemaVersion: 1,
      kind: 'observation',
      id: `observation-${index + 1}`,
      template: { id: 'respond-observation', version: builtInTemplates['respond-observation'].version },
      status: 'completed',
      information: {
        date: new Date(Date.UTC(2025, 8, 1) + index * 5 * 86_400_000).toISOString().slice(0, 10),
        observer: { id: `observer-${index % 3}`, name: personName(100 + (index % 3)), email: `observer${index % 3}@school.example` },
        observed: { id: `teacher-${teacher}`, name: personName(teacher) },
        group: pick(random, ['7A', '8B', '9C']),
        subject: 'Mathematics',
      },
      ratings,
    };
  });
}

/** `size` RESPOND development plans at different stages; some actions are overdue on `today`. */
export function planCohort(size: number, seed = 22): PlanRecord[] {
  const random = seededRandom(seed);
  return Array.from({ length: size }, (_, index) => {
    const steps: PlanRecord['steps'] = {};
    const reached = Math.floor(random() * 10);
    for (let step = 1; step <= 10; step++) {
      const status = step <= reached ? 'done' : step === reached + 1 ? 'inProgress' : 'notStarted';
      steps[`step-${step}`] = {
        enabled: true,
        status,
        actions:
          step === reached + 1
            ? [{ action: `Action for step ${step}`, due: dayOf(random, Date.UTC(2025, 9, 1), 200), status: 'planned' }]
            : [],
      };
    }
    const reviews = Array.from({ length: Math.floor(random() * 3) }, (_, i) => ({
      date: new Date(Date.UTC(2025, 11 + i * 3, 1)).toISOString().slice(0, 10),
      reviewer: { name: 'Anna Berg', role: 'supervisor' },
      progress: `Review ${i + 1}: on track.`,
    }));
    return {
      schemaVersion: 1,
      kind: 'plan',
      id: `plan-${index + 1}`,
      template: { id: 'respond-development-plan', version: builtInTemplates['respond-development-plan'].version },
      status: 'inProgress',
      header: { name: personName(index), date: '2025-09-01', organisation: pick(random, cohortSchools) },
      timeline: { start: '2025-09-01', end: '2026-08-31' },
      steps,
      reviews,
    };
  });
}

/** RESPOND agreements (signed by the mentor): a third drafts, a third signed, a third changed after signing. */
export async function agreementCohort(size: number): Promise<AgreementRecord[]> {
  const records: AgreementRecord[] = [];
  for (let index = 0; index < size; index++) {
    const record: AgreementRecord = {
      schemaVersion: 1,
      kind: 'agreement',
      id: `agreement-${index + 1}`,
      template: { id: 'respond-agreement', version: builtInTemplates['respond-agreement'].version },
      status: 'draft',
      parties: {
        mentor: [
          {
            type: 'person',
            person: { name: personName(200 + index), role: 'mentor', organisation: cohortSchools[index % cohortSchools.length] },
          },
        ],
        mentee: [{ type: 'person', person: { name: personName(index), role: 'mentee' } }],
      },
      meeting: { period: 'P1W', schedule: 'Tuesdays 14:30', start: '2025-09-02' },
    };
    if (index % 3 !== 0) {
      const hash = await contentHash(record);
      record.signatures = (['mentor'] as const).map((role) => ({
        signer: { name: record.parties[role]![0]!.person!.name },
        role,
        signedAt: '2025-09-02T14:45:00Z',
        method: 'typed' as const,
        typedName: record.parties[role]![0]!.person!.name,
        contentHash: hash,
      }));
      record.status = 'signed';
      if (index % 3 === 2) record.meeting = { ...record.meeting, schedule: 'Thursdays 10:00' };
    }
    records.push(record);
  }
  return records;
}
