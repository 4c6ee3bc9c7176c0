// Each built-in template defect fixed against its source: every test quotes the source line it follows,
// and first checks that the quote really is in the seed, so a test cannot follow a line the source lacks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  getTemplate,
  signoffsOf,
  validateRecord,
  type AgreementTemplate,
  type ObservationTemplate,
  type PlanTemplate,
  type RubricTemplate,
} from '../src/index.js';
import { readJson, schemasDir } from './support.js';

const seeds = join(schemasDir, '..', '..', 'shared', 'seeds');
const seedText = new Map<string, string>();

/** Asserts that `line` is in the seed file (whitespace-insensitive) and returns it, so a test can quote it. */
function quote(file: string, line: string): string {
  if (!seedText.has(file)) seedText.set(file, readFileSync(join(seeds, file), 'utf8').replace(/\s+/g, ' '));
  assert.ok(seedText.get(file)!.includes(line.replace(/\s+/g, ' ')), `the source ${file} says: ${line}`);
  return line;
}

/** A template text in English, the source's language (the built-in templates give every text in five languages). */
const en = (text: string | Record<string, string> | undefined): string => (typeof text === 'string' ? text : (text?.['en'] ?? ''));

const agreement = (id: string) => getTemplate(id) as AgreementTemplate;
const plan = (id: string) => getTemplate(id) as PlanTemplate;
const respond = '000_522878b6bde30e11.txt';
const ihub = '001_04d83892f8b9d78c.txt';
const mensi = '002_f1fdfca6b346c00b.txt';
const peer = '003_b2adf5940cd231a6.txt';
const itt = '004_e8d33ee7301f7176.txt';

function peerGroupRecord(members: number, facilitator = true): unknown {
  const names = Array.from({ length: members }, (_, i) => ({ name: `Member ${i + 1}`, role: 'member' }));
  return {
    schemaVersion: 1,
    kind: 'agreement',
    template: { id: 'peer-group-agreement', version: agreement('peer-group-agreement').version },
    parties: {
      group: [{ type: 'group', group: { members: names, ...(facilitator ? { facilitator: { name: 'F', role: 'facilitator' } } : {}) } }],
    },
  };
}

const sizeErrors = (record: unknown) =>
  validateRecord(record)
    .filter((e) => e.keyword === 'minMembers' || e.keyword === 'maxMembers')
    .map((e) => e.keyword);

describe('built-in templates follow their sources', () => {
  describe('ITT mentor standards (LJMU)', () => {
    it('is verified by signatures of the Head Teacher and the Mentor Recognition Team, each sealing the assessment', () => {
      quote(itt, '<b>Verification signature</b> <b>Head Teacher:</b> <b>Mentor Recognition Team:</b>');
      const template = getTemplate('itt-mentor-standards-rag') as RubricTemplate;
      assert.deepEqual(
        template.closing!.verifications!.map((v) => [v.role, en(v.label)]),
        [
          ['headTeacher', 'Head Teacher'],
          ['mentorRecognitionTeam', 'Mentor Recognition Team'],
        ],
      );
      // Sign-offs, not display: each is a seal of the whole record (signing and the lock: document/signoffs.test.ts).
      assert.deepEqual(
        signoffsOf(template).map((s) => [s.role, s.part ?? '']),
        [
          ['headTeacher', ''],
          ['mentorRecognitionTeam', ''],
        ],
      );
    });
  });

  describe('RESPOND observation form', () => {
    it('has the observer’s feedback and the observed teacher’s reflection as authored texts, and the observed teacher acknowledges', () => {
      quote(
        respond,
        'An area to give constructive feedback based on the observations. This may also include a section for the observed to reflect on the feedback',
      );
      const template = getTemplate('respond-observation') as ObservationTemplate;
      assert.ok(en(template.guidance!.feedback).startsWith('An area to give constructive feedback'));
      // Each carries who wrote it and when (set by the element: test/browser/authored-parts.test.ts).
      const record = readJson<{ properties: Record<string, { $ref: string }> }>(join(schemasDir, 'observation-record.schema.json'));
      for (const part of ['feedback', 'reflection']) assert.match(record.properties[part]!.$ref, /#\/\$defs\/authoredText$/);
      const common = readJson<{ $defs: { authoredText: { properties: object } } }>(join(schemasDir, 'common.schema.json'));
      assert.deepEqual(Object.keys(common.$defs.authoredText.properties), ['text', 'author', 'date']);
      assert.deepEqual(
        signoffsOf(template).map((s) => [s.role, s.part ?? '']),
        [['observed', '']],
      );
    });
  });

  describe('peer group agreement (the Finnish model)', () => {
    it('has 4 to 8 people, the facilitator one of them', () => {
      quote(peer, '- 4-8 members');
      quote(peer, "appointed 'mentor' who facilitates often a more experienced member but seen as an equal in all respects");
      assert.deepEqual(sizeErrors(peerGroupRecord(3)), [], '3 members and a facilitator: 4 people');
      assert.deepEqual(sizeErrors(peerGroupRecord(7)), [], '7 members and a facilitator: 8 people');
      assert.deepEqual(sizeErrors(peerGroupRecord(2)), ['minMembers'], '3 people');
      assert.deepEqual(sizeErrors(peerGroupRecord(8)), ['maxMembers'], '9 people');
      assert.deepEqual(sizeErrors(peerGroupRecord(4, false)), [], '4 members, facilitator not yet named');
      assert.match(agreement('peer-group-agreement').attribution.note!, /facilitator is read as one of the 4–8/);
    });

    it('keeps "often a more experienced member" in commitment c4', () => {
      quote(peer, "appointed 'mentor' who facilitates often a more experienced member but seen as an equal in all respects");
      const c4 = agreement('peer-group-agreement').commitments.find((c) => c.id === 'c4')!;
      assert.equal(
        en(c4.text),
        "Treat the appointed 'mentor' who facilitates, often a more experienced member, as an equal in all respects",
      );
    });

    it('has a place to write the themes for discussion', () => {
      quote(peer, 'agreed rules of activity (e.g. confidentiality, themes for discussion, no dominant members)');
      const rules = agreement('peer-group-agreement').groundRules!;
      assert.deepEqual(
        rules.filter((r) => r.responseLabel).map((r) => en(r.text)),
        ['Themes for discussion'],
      );
      const record = peerGroupRecord(4) as Record<string, unknown>;
      assert.deepEqual(validateRecord({ ...record, groundRuleResponses: { r2: 'Assessment; parents; digital tools' } }), []);
      assert.deepEqual(
        validateRecord({ ...record, groundRuleResponses: { r1: 'Everything stays in the room' } }).map((e) => `${e.pointer} ${e.key}`),
        ['/groundRuleResponses/r1 unknownItem'],
      );
    });
  });

  describe('RESPOND agreement', () => {
    it('is signed by the mentor/leader only', () => {
      quote(respond, 'As mentor/leader you agree to:');
      quote(respond, 'Signed (Mentor/leader) Date:');
      const parties = agreement('respond-agreement').parties;
      assert.deepEqual(
        parties.map((p) => [p.id, p.signs !== false]),
        [
          ['mentor', true],
          ['mentee', false],
        ],
      );
    });
  });

  describe('school-to-school agreement (MenSI)', () => {
    it('shows the success conditions as conditions, not as commitments after "agree to:"', () => {
      const template = agreement('school-to-school-agreement');
      const conditions = template.conditions!;
      assert.equal(quote(mensi, 'Success conditions'), en(conditions.title));
      for (const item of conditions.items) quote(mensi, en(item.text));
      assert.equal(conditions.items.length, 6);
      assert.equal(
        en(conditions.items[0]!.text),
        'Strong and committed leadership, a clear plan and inspiring, agreed and shared goals. Incentives provided.',
      );
      assert.deepEqual(template.commitments, [], 'no success condition is offered as a commitment');
      assert.equal(template.groundRules, undefined, 'conditions 3 and 5 are not ground rules either');
      assert.equal(template.allowCustomCommitments, true, 'the schools write their own commitments');
    });

    it('no longer takes commitments from other slides', () => {
      // c4 and c5 came from the "School-to-school mentoring" and "Living Schools Lab" slides.
      quote(mensi, 'Consider the school’s professional development plan when developing mentoring activities');
      quote(
        mensi,
        'Using a common framework and STEPS Plan (Share, Teach, Evidence, Plan, Support) schools shared practice and monitored progress',
      );
      const texts = JSON.stringify(agreement('school-to-school-agreement').commitments);
      assert.doesNotMatch(texts, /professional development plan|STEPS/);
      assert.match(agreement('school-to-school-agreement').attribution.note!, /no agreement form/);
    });
  });

  describe('RESPOND guidelines self-review', () => {
    const template = getTemplate('respond-guidelines-self-review') as RubricTemplate;
    const standard = (id: string) => template.standards.find((s) => s.id === id)!;

    it('rates each of the four sub-points of "Implement an induction phase …, based on:" on its own', () => {
      quote(
        respond,
        'Implement an induction phase where mentoring is prioritized in a systematic way during the first years of teaching, based on: A co-designed plan between the mentor and the newly qualified teacher. The encouragement of building personal skills and competence. The promotion of new skills and competence. A trustful relationship between the mentor and the mentee.',
      );
      const programs = standard('d2-programs');
      assert.equal(
        en(programs.statement),
        'Implement an induction phase where mentoring is prioritized in a systematic way during the first years of teaching, based on:',
      );
      assert.deepEqual(
        programs.criteria.map((c) => en(c.text)),
        [
          'A co-designed plan between the mentor and the newly qualified teacher.',
          'The encouragement of building personal skills and competence.',
          'The promotion of new skills and competence.',
          'A trustful relationship between the mentor and the mentee.',
        ],
      );
    });

    it('does not rate "This includes…" on its own', () => {
      const line = quote(
        respond,
        'Integrating up-to-date research literature and policy documents into systems and structures. This includes collaboration with other institutions, sharing experiences, and continuous reflection on results and effects.',
      );
      const criteria = standard('d1-evidence').criteria;
      assert.deepEqual(
        criteria.map((c) => [c.id, en(c.text)]),
        [['d1-evidence-1', line]],
      );
      assert.ok(!template.standards.some((s) => s.criteria.some((c) => /^This includes/.test(en(c.text)))));
    });
  });

  describe('iHub4Schools process model and MenSI STEPS plan', () => {
    it('set no timeline and no review cadence: that is the RESPOND plan only', () => {
      quote(respond, 'Timeline: This plan is designed for implementation over a one-year period');
      quote(respond, 'The development plan should be reviewed at regular intervals (e.g., each quarter)');
      assert.ok(plan('respond-development-plan').timeline && plan('respond-development-plan').reviewCadence);
      for (const id of ['ihub4schools-process-model', 'mensi-steps-plan']) {
        assert.equal(plan(id).timeline, undefined, `${id}: no timeline`);
        assert.equal(plan(id).reviewCadence, undefined, `${id}: no review cadence`);
      }
    });

    it('have a place per phase or step to write what was decided', () => {
      quote(ihub, 'It is recommended that each school appoints a core team (2-3 persons) to coordinate the participation.');
      quote(mensi, 'STEPS Plan (Share, Teach, Evidence, Plan, Support)');
      for (const id of ['ihub4schools-process-model', 'mensi-steps-plan']) {
        for (const step of plan(id).steps) assert.equal(en(step.decisionsLabel), 'What was decided', `${id} ${step.id}`);
      }
      const record = {
        schemaVersion: 1,
        kind: 'plan',
        template: { id: 'ihub4schools-process-model', version: plan('ihub4schools-process-model').version },
        steps: { anchoring: { decisions: 'Core team: the principal, the ICT coordinator and one teacher (3 persons).' } },
      };
      assert.deepEqual(validateRecord(record), []);
      const respondRecord = {
        schemaVersion: 1,
        kind: 'plan',
        template: { id: 'respond-development-plan', version: plan('respond-development-plan').version },
        header: { name: 'A', date: '2025-09-01' },
        steps: { 'step-1': { decisions: 'x' } },
      };
      assert.deepEqual(
        validateRecord(respondRecord).map((e) => `${e.pointer} ${e.key}`),
        ['/steps/step-1/decisions notAllowed'],
      );
    });

    it('offer the methods of phase 4 in phase 7', () => {
      quote(ihub, 'For reflection and evaluation, the same frameworks, and practical methods can be used as in the Mapping phase 4');
      quote(ihub, 'e.g. Innovative Digital School model or Digital Mirror');
      const steps = plan('ihub4schools-process-model').steps;
      const ids = (id: string) => steps.find((s) => s.id === id)!.methods!.map((m) => m.id);
      const reflection = ids('reflection');
      for (const method of ids('mapping')) assert.ok(reflection.includes(method), `phase 7 offers ${method}`);
      assert.ok(reflection.includes('innovative-digital-school'));
      assert.equal(new Set(reflection).size, reflection.length, 'each method once');
    });
  });
});
