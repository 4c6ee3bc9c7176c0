import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { canvasRubricForm, rubricToCanvas } from '../src/exchange/canvas.js';
import { builtInTemplates, type RubricTemplate } from '../src/index.js';

/**
 * Canvas's documented `Rubric`, `RubricCriterion` and `RubricRating` objects (Canvas LMS REST API,
 * Rubrics), as a JSON Schema: every member with its documented type, nothing else. `id`, `context_id`
 * and `context_type` are assigned by Canvas when the rubric is created, so an export leaves them out.
 */
const canvasRubric = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'points_possible', 'free_form_criterion_comments', 'data'],
  properties: {
    id: { type: 'integer' },
    title: { type: 'string', minLength: 1 },
    context_id: { type: 'integer' },
    context_type: { type: 'string' },
    points_possible: { type: 'number' },
    reusable: { type: 'boolean' },
    read_only: { type: 'boolean' },
    free_form_criterion_comments: { type: 'boolean' },
    hide_score_total: { type: 'boolean' },
    data: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'description', 'points', 'ratings'],
        properties: {
          id: { type: 'string' },
          description: { type: 'string', minLength: 1 },
          long_description: { type: 'string' },
          points: { type: 'number' },
          criterion_use_range: { type: 'boolean' },
          ratings: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'criterion_id', 'description', 'points'],
              properties: {
                id: { type: 'string' },
                criterion_id: { type: 'string' },
                description: { type: 'string', minLength: 1 },
                long_description: { type: 'string' },
                points: { type: 'number' },
              },
            },
          },
        },
      },
    },
  },
};
const validate = new Ajv({ allErrors: true }).compile(canvasRubric);
const rubrics = Object.values(builtInTemplates).filter((t): t is RubricTemplate => t.kind === 'rubric');

describe('Canvas rubric export', () => {
  it('the shape check can fail', () => {
    assert.equal(validate({ title: 'x', points_possible: '3', free_form_criterion_comments: true, data: [{ id: 1 }] }), false);
  });

  for (const template of rubrics)
    it(`${template.id}: matches Canvas's documented rubric shape`, () => {
      const rubric = rubricToCanvas(template);
      assert.equal(validate(rubric), true, JSON.stringify(validate.errors));
      assert.equal(
        rubric.data.length,
        template.standards.reduce((n, s) => n + s.criteria.length, 0),
      );
      for (const criterion of rubric.data) {
        const points = criterion.ratings.map((r) => r.points);
        assert.deepEqual(
          points,
          [...points].sort((a, b) => b - a),
          'ratings from the highest down, as Canvas lists them',
        );
        assert.equal(criterion.points, Math.max(...points));
        assert.ok(criterion.ratings.every((r) => r.criterion_id === criterion.id));
      }
      assert.equal(
        rubric.points_possible,
        rubric.data.reduce((sum, c) => sum + c.points, 0),
      );
    });

  it('RAG: points are the scale values, green first; the standard is in the long description', () => {
    const rubric = rubricToCanvas(builtInTemplates['itt-mentor-standards-rag'] as RubricTemplate);
    const [first] = rubric.data;
    assert.deepEqual(
      first!.ratings.map((r) => [r.description, r.points]),
      [
        ['Green', 3],
        ['Amber', 2],
        ['Red', 1],
      ],
    );
    assert.equal(first!.long_description, 'Mentor Standard 1 - Personal qualities');
    assert.equal(rubric.points_possible, 21 * 3);
    assert.equal(rubric.hide_score_total, false);
  });

  it('a scale without values gets 0 points and a hidden score total', () => {
    const template = structuredClone(builtInTemplates['mensi-success-conditions'] as RubricTemplate);
    for (const level of template.scale.levels) delete level.value;
    const rubric = rubricToCanvas(template);
    assert.equal(validate(rubric), true);
    assert.equal(rubric.hide_score_total, true);
    assert.ok(rubric.data.every((c) => c.points === 0 && c.ratings.every((r) => r.points === 0)));
  });

  it('gives the form parameters of Canvas\'s "create a rubric" call', () => {
    const form = canvasRubricForm(rubricToCanvas(builtInTemplates['itt-mentor-standards-rag'] as RubricTemplate));
    assert.equal(
      form.get('rubric[title]'),
      'National Standards for School-Based Initial Teacher Training (ITT) Mentors: RAG self-assessment',
    );
    assert.equal(form.get('rubric[criteria][0][points]'), '3');
    assert.equal(form.get('rubric[criteria][0][ratings][2][description]'), 'Red');
    assert.equal(form.get('rubric[criteria][20][ratings][0][points]'), '3');
  });
});
