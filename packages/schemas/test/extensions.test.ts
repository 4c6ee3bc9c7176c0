import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  canonicalJson,
  checkSeals,
  contentHash,
  getTemplate,
  migrateRecord,
  validateRecord,
  type ObservationRecord,
} from '../src/index.js';
import { join } from 'node:path';
import { readJson, schemasDir } from './support.js';

const observation = () => readJson<ObservationRecord>(join(schemasDir, 'examples/valid/respond-observation.record.json'));

describe('extensions', () => {
  it('accept unknown data from other systems and keep it through validate and a JSON round trip', () => {
    const record = observation();
    record.extensions = { 'org.example.lms': { anything: [1, { deep: true }], nil: null }, moodle: 'plain', 'https://example.org/ns': 42 };
    const before = JSON.stringify(record);
    assert.deepEqual(validateRecord(record), []);
    assert.equal(JSON.stringify(record), before, 'validation does not change the record');
    const roundTripped = JSON.parse(JSON.stringify(record)) as ObservationRecord;
    assert.deepEqual(roundTripped.extensions, record.extensions);
    assert.deepEqual(validateRecord(roundTripped), []);
    assert.deepEqual(migrateRecord(roundTripped), record);
  });

  it('is the only place unknown properties are allowed', () => {
    const record = { ...observation(), lmsCourse: 'MATH-7B' };
    assert.deepEqual(
      validateRecord(record).map((e) => `${e.pointer} ${e.keyword}`),
      ['/lmsCourse additionalProperties'],
    );
  });
});

describe('signed content', () => {
  it('hashes canonical JSON, so key order does not matter but any edit does', async () => {
    assert.equal(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] }), '{"a":[{"d":2}],"b":1}');
    const record = readJson<{ signatures: { contentHash: string }[]; meeting: { place: string } }>(
      join(schemasDir, 'examples/valid/respond-agreement.record.json'),
    );
    const template = getTemplate('respond-agreement');
    assert.equal((await checkSeals(record, template)).state, 'signed');
    record.meeting.place = 'Elsewhere';
    const report = await checkSeals(record, template);
    assert.equal(report.state, 'changed');
    assert.deepEqual(
      report.changes.map((c) => c.pointer),
      ['/meeting/place'],
    );
    // Version 1 signatures (hash of the record content only) still verify, without telling where a change is.
    const v1 = { ...record, meeting: { ...record.meeting, place: 'Library' } } as typeof record;
    delete (v1 as Partial<typeof record>).signatures;
    const signature = {
      signer: { name: 'Anna Berg' },
      role: 'mentor',
      signedAt: '2025-09-02T12:00:00Z',
      method: 'typed',
      typedName: 'Anna Berg',
    };
    const legacy = { ...v1, signatures: [{ ...signature, contentHash: await contentHash(v1) }] };
    assert.equal((await checkSeals(legacy, template)).state, 'signed');
    legacy.meeting.place = 'Hall';
    assert.deepEqual((await checkSeals(legacy, template)).changes, [{ signature: 0, in: 'record', pointer: '', reason: 'unlocated' }]);
  });
});

describe('migrateRecord', () => {
  it('returns a version 1 record unchanged, as a copy', () => {
    const record = observation();
    const migrated = migrateRecord(record);
    assert.deepEqual(migrated, record);
    assert.notEqual(migrated, record);
  });

  it('throws a clear error for an unknown kind or schema version', () => {
    assert.throws(() => migrateRecord({ ...observation(), kind: 'essay' }), /unknown record kind "essay"/);
    assert.throws(() => migrateRecord({ ...observation(), schemaVersion: 2 }), /cannot migrate a observation record of schemaVersion 2/);
    assert.throws(() => migrateRecord({ ...observation(), schemaVersion: undefined }), /schemaVersion undefined/);
    assert.throws(() => migrateRecord([]), /must be a JSON object/);
  });
});
