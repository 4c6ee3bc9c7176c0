import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import { recordToXapi, recordsToXapi, xapiProfile, type XapiStatement } from '../src/exchange/xapi.js';
import { getTemplate, type DocumentRecord, type Template } from '../src/index.js';
import { agreementCohort, observationCohort, planCohort, rubricCohort } from '../../../test/support/cohort.js';
import { jsonFiles } from './support.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'vendor', 'xapi-statement-1.0.2.schema.json'), 'utf8'));
// The vendored schema's duration pattern escapes a soft hyphen (U+00AD), which only non-Unicode regular expressions allow.
const validateStatement = new Ajv({ allErrors: true, unicodeRegExp: false }).compile(schema);
// Learning Locker's validator is CommonJS with an ES default export: returns its warnings, [] when valid.
const validateWithLearningLocker = (createRequire(import.meta.url)('xapi-validation') as { default: (data: unknown) => unknown[] }).default;
const options = { homePage: 'https://portal.example.org' };

function assertValid(statements: XapiStatement[]): void {
  for (const statement of statements) {
    const copy = JSON.parse(JSON.stringify(statement));
    assert.equal(validateStatement(copy), true, `${JSON.stringify(validateStatement.errors)}\n${JSON.stringify(statement, null, 1)}`);
    assert.deepEqual(validateWithLearningLocker(copy), [], JSON.stringify(statement, null, 1));
  }
}

const template = (id: string) => getTemplate(id) as Template;

describe('xAPI export', () => {
  it('rejects what is not a statement (the schema can fail)', () => {
    const bad = { actor: { name: 'x' }, verb: { id: 'not an iri' }, object: {} };
    assert.equal(validateStatement(bad), false);
    assert.notEqual(validateWithLearningLocker(bad).length, 0);
  });

  it('a completed self-assessment: actor, verb, ratings and score, valid', () => {
    const [record] = rubricCohort(1);
    record!.status = 'completed';
    const statements = recordToXapi(template('itt-mentor-standards-rag'), record!, options);
    assert.equal(statements.length, 1);
    const [statement] = statements;
    assert.equal(statement!.verb.id, xapiProfile.verbs.selfAssessed);
    assert.deepEqual(statement!.actor, {
      objectType: 'Agent',
      name: record!.respondent!.name,
      account: { homePage: options.homePage, name: 'person-1' },
    });
    assert.equal(statement!.object.id, 'https://portal.example.org/records/rubric-1');
    assert.equal(statement!.context.contextActivities.category[0]!.id, xapiProfile.id);
    const counts = statement!.result!.extensions![xapiProfile.extensions.levelCounts] as Record<string, number>;
    assert.equal(counts['red']! + counts['amber']! + counts['green']!, Object.keys(record!.ratings!).length);
    assertValid(statements);
  });

  it('a self-assessment in progress makes no statement', () => {
    const [record] = rubricCohort(1);
    record!.status = 'inProgress';
    assert.deepEqual(recordToXapi(template('itt-mentor-standards-rag'), record!, options), []);
  });

  it('completed observations: the observer observed, the observed teacher in context, valid', () => {
    const statements = recordsToXapi(template('respond-observation'), observationCohort(12), options);
    assert.equal(statements.length, 12);
    assert.equal(statements[0]!.actor.mbox, 'mailto:observer0@school.example');
    assert.ok(statements[0]!.context.extensions![xapiProfile.extensions.observed]);
    assertValid(statements);
  });

  it('plan reviews: one statement per review, the review text as the response, valid', () => {
    const plans = planCohort(20);
    const statements = recordsToXapi(template('respond-development-plan'), plans, options);
    assert.equal(
      statements.length,
      plans.reduce((n, plan) => n + (plan.reviews?.length ?? 0), 0),
    );
    assert.ok(statements.every((s) => s.verb.id === xapiProfile.verbs.reviewed && s.result?.response?.startsWith('Review')));
    assertValid(statements);
  });

  it('signatures: one statement per signature with role and content hash, valid', async () => {
    const agreements = await agreementCohort(6);
    const statements = recordsToXapi(template('respond-agreement'), agreements, options);
    assert.equal(statements.length, 4);
    assert.equal(statements[0]!.result!.extensions![xapiProfile.extensions.role], 'mentor');
    assertValid(statements);
  });

  it('statement ids are stable UUIDs: the same record gives the same statements', async () => {
    const [a] = await agreementCohort(2).then((list) => list.slice(1));
    const first = recordToXapi(template('respond-agreement'), a!, options).map((s) => s.id);
    const again = recordToXapi(template('respond-agreement'), structuredClone(a!), options).map((s) => s.id);
    assert.deepEqual(first, again);
    assert.equal(new Set(first).size, first.length);
  });

  it('every valid example record of every built-in template gives valid statements', () => {
    for (const [name, record] of jsonFiles<DocumentRecord>('examples/valid')) {
      const statements = recordToXapi(template(record.template.id), record, options);
      assertValid(statements);
      if (record.signatures?.length) assert.ok(statements.length >= record.signatures.length, name);
    }
  });
});
