import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseExtension, caseLimits, caseToRubric, caseView, rubricToCase, type CFRubric } from '../src/exchange/case.js';
import { builtInTemplates, validateTemplate, type RubricTemplate } from '../src/index.js';

const rubrics = Object.values(builtInTemplates).filter((t): t is RubricTemplate => t.kind === 'rubric');
const options = { baseUri: 'https://case.example.org/ims/case/v1p1', lastChangeDateTime: '2026-01-01T00:00:00Z' };
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The required members of the CASE 1.1 classes, and the types of the optional ones (information model §7.1.26–7.1.29). */
function assertCaseShape(rubric: CFRubric): void {
  const required = (object: object, keys: string[]) => keys.forEach((key) => assert.ok(key in object, `missing ${key}`));
  required(rubric, ['identifier', 'uri', 'lastChangeDateTime']);
  assert.match(rubric.identifier, uuid);
  for (const criterion of rubric.CFRubricCriteria ?? []) {
    required(criterion, ['identifier', 'uri', 'lastChangeDateTime']);
    assert.match(criterion.identifier, uuid);
    assert.equal(criterion.rubricId, rubric.identifier);
    assert.equal(typeof criterion.position, 'number');
    for (const level of criterion.CFRubricCriterionLevels ?? []) {
      required(level, ['identifier', 'uri', 'lastChangeDateTime']);
      assert.equal(level.rubricCriterionId, criterion.identifier);
      if ('score' in level) assert.equal(typeof level.score, 'number');
    }
  }
}

describe('CASE CFRubric', () => {
  for (const template of rubrics) {
    describe(template.id, () => {
      it('exports the CASE 1.1 shape, with stable UUIDs', () => {
        const { rubric } = rubricToCase(template, options);
        assertCaseShape(rubric);
        assert.equal(
          rubric.CFRubricCriteria!.length,
          template.standards.reduce((n, s) => n + s.criteria.length, 0),
        );
        assert.deepEqual(rubricToCase(template, options).rubric, rubric, 'the same template gives the same identifiers');
      });

      it('round trip through CASE JSON gives the template back whole (Mentorkit extension)', () => {
        const { rubric } = rubricToCase(template, options);
        const { template: back } = caseToRubric(JSON.parse(JSON.stringify(rubric)));
        assert.deepEqual(back, template);
      });

      it('round trip through plain CASE (no extension) keeps everything CASE holds, and reports the rest', () => {
        const { rubric, losses } = rubricToCase(template, { ...options, extensions: false });
        assert.equal(JSON.stringify(rubric).includes(caseExtension), false);
        const { template: back, notes } = caseToRubric(JSON.parse(JSON.stringify(rubric)));
        assert.deepEqual(caseView(back), caseView(template));
        assert.deepEqual(validateTemplate(back), []);
        assert.deepEqual(losses, caseLimits(template));
        assert.ok(losses.some((loss) => loss.pointer === '/attribution'));
        assert.ok(losses.some((loss) => /\/scale\/levels\/0\/symbol$/.test(loss.pointer)));
        assert.ok(notes.length >= 1);
      });
    });
  }

  it('an edit made in a CASE tool wins over the kept template', () => {
    const template = builtInTemplates['itt-mentor-standards-rag'] as RubricTemplate;
    const { rubric } = rubricToCase(template, options);
    rubric.CFRubricCriteria![0]!.description = 'Edited in the CASE editor';
    rubric.CFRubricCriteria![0]!.CFRubricCriterionLevels![2]!.quality = 'Embedded';
    const { template: back } = caseToRubric(rubric);
    assert.equal(back.standards[0]!.criteria[0]!.text, 'Edited in the CASE editor', 'the translations of the old text are dropped');
    assert.equal(back.scale.levels[2]!.label, 'Embedded');
    assert.deepEqual(back.standards[0]!.criteria[1]!.text, template.standards[0]!.criteria[1]!.text, 'unchanged text keeps its languages');
  });

  it('reports other languages of localised text as lost', () => {
    const template = structuredClone(builtInTemplates['mensi-success-conditions'] as RubricTemplate);
    template.title = { en: 'Success conditions', nb: 'Suksessbetingelser' };
    const { losses } = rubricToCase(template, { ...options, extensions: false });
    assert.deepEqual(losses.find((loss) => loss.pointer === '/title')?.reason, 'CASE text has one language (en); not kept: nb');
  });

  it('imports a CASE rubric made elsewhere: categories become standards; per-criterion levels are reported', () => {
    const rubric: CFRubric = {
      identifier: '3b1c8a52-5d7e-4f1e-9a55-0c2f8d9e1a01',
      uri: 'https://frameworks.example.net/CFRubrics/3b1c8a52-5d7e-4f1e-9a55-0c2f8d9e1a01',
      title: 'Lesson planning',
      lastChangeDateTime: '2025-05-01T10:00:00Z',
      CFRubricCriteria: [
        {
          identifier: 'a',
          uri: 'u:a',
          category: 'Planning',
          description: 'Sets clear goals',
          position: 1,
          weight: 2,
          lastChangeDateTime: '2025-05-01T10:00:00Z',
          CFRubricCriterionLevels: [
            { identifier: 'a1', uri: 'u:a1', quality: 'Beginning', score: 1, position: 1, lastChangeDateTime: '2025-05-01T10:00:00Z' },
            {
              identifier: 'a2',
              uri: 'u:a2',
              quality: 'Secure',
              score: 2,
              position: 2,
              feedback: 'Well done',
              lastChangeDateTime: '2025-05-01T10:00:00Z',
            },
          ],
        },
        {
          identifier: 'b',
          uri: 'u:b',
          category: 'Planning',
          description: 'Plans for all learners',
          position: 2,
          lastChangeDateTime: '2025-05-01T10:00:00Z',
          CFRubricCriterionLevels: [
            { identifier: 'b1', uri: 'u:b1', quality: 'Beginning', score: 1, position: 1, lastChangeDateTime: '2025-05-01T10:00:00Z' },
          ],
        },
        {
          identifier: 'c',
          uri: 'u:c',
          category: 'Teaching',
          description: 'Checks understanding',
          position: 3,
          lastChangeDateTime: '2025-05-01T10:00:00Z',
        },
      ],
    };
    const { template, notes } = caseToRubric(rubric);
    assert.deepEqual(validateTemplate(template), []);
    assert.deepEqual(
      template.standards.map((s) => [s.title, s.criteria.length]),
      [
        ['Planning', 2],
        ['Teaching', 1],
      ],
    );
    assert.deepEqual(
      template.scale.levels.map((l) => [l.id, l.label, l.value]),
      [
        ['beginning', 'Beginning', 1],
        ['secure', 'Secure', 2],
      ],
    );
    const said = notes.map((n) => `${n.path} ${n.note}`).join('\n');
    assert.match(said, /\/CFRubricCriteria\/0 .*feedback/i);
    assert.match(said, /\/CFRubricCriteria\/0 .*weight/i);
    assert.match(said, /\/CFRubricCriteria\/1 .*levels differ/);
  });
});

describe('CASE import of bad input', () => {
  it('never throws: odd shapes give a valid template or notes', () => {
    const odd = [
      { identifier: 'x', uri: 'u', lastChangeDateTime: 't', CFRubricCriteria: 'nope' },
      { identifier: 'x', uri: 'u', lastChangeDateTime: 't', CFRubricCriteria: [null, 3, { CFRubricCriterionLevels: {} }] },
      { identifier: 'x', uri: 'u', lastChangeDateTime: 't', extensions: { [caseExtension]: { template: { kind: 'rubric' } } } },
      { identifier: 'x', uri: 'not a url', lastChangeDateTime: 't', extensions: 'x' },
    ] as unknown as CFRubric[];
    for (const rubric of odd) {
      const { template, notes } = caseToRubric(rubric);
      assert.deepEqual(validateTemplate(template), [], JSON.stringify(rubric));
      assert.ok(notes.length > 0);
    }
  });
});
