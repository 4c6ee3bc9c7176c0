// Derived templates on the server side: a template built on a built-in one has its own id and version and names its
// origin in `basedOn`; a record made with it carries it (`embeddedTemplate`), and validateRecord / checkSeals check
// the record against it, refusing a carried template that is not the one the record names or claims to be.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  checkSeals,
  createSignature,
  deriveTemplate,
  getTemplate,
  validateRecord,
  validateSeals,
  type ObservationRecord,
  type ObservationTemplate,
  type ValidationError,
} from '../src/index.js';
import { observationRecords } from '../src/kinds/observation-records.js';
import { readJson, schemasDir } from './support.js';

const builtIn = () => structuredClone(getTemplate('respond-observation')) as ObservationTemplate;
const example = () => readJson<ObservationRecord>(join(schemasDir, 'examples/valid/respond-observation.record.json'));
const where = (errors: ValidationError[]) => errors.map((e) => `${e.pointer} ${e.keyword}`);

/** The built-in observation template with a fifth point, as a derived template. */
async function withNewPoint(): Promise<ObservationTemplate> {
  const origin = builtIn();
  const points = [...origin.points, { id: 'point-5', title: 'Pupils explain their reasoning' }];
  return deriveTemplate(origin, { ...origin, points });
}

/** The example record, rating the new point, made with (and carrying) `template`. */
function recordWith(template: ObservationTemplate): ObservationRecord {
  const record = example();
  delete record.signatures;
  record.template = { id: template.id, version: template.version };
  record.embeddedTemplate = template;
  record.ratings!['point-5'] = { level: 'good' };
  return record;
}

describe('derived templates', () => {
  it('get an id and version of their own and name their origin; the same edits give the same id', async () => {
    const derived = await withNewPoint();
    assert.match(derived.id, /^respond-observation-[0-9a-f]{12}$/);
    assert.equal(derived.version, '1.0.0');
    assert.deepEqual(derived.basedOn, { id: 'respond-observation', version: '1.0.0' });
    assert.equal((await withNewPoint()).id, derived.id);
    const origin = builtIn();
    const other = await deriveTemplate(origin, { ...origin, points: [...origin.points, { id: 'point-5', title: 'Other' }] });
    assert.notEqual(other.id, derived.id);
    assert.equal(await deriveTemplate(origin, structuredClone(origin)), origin, 'no edit: the origin itself');
    // Derived again from a derived template: a sibling name (one hash), `basedOn` its parent.
    const again = await deriveTemplate(derived, { ...derived, points: derived.points.slice(1) });
    assert.match(again.id, /^respond-observation-[0-9a-f]{12}$/);
    assert.deepEqual(again.basedOn, { id: derived.id, version: '1.0.0' });
  });

  it('the built-in template refuses a rating of the new point; the carried template accepts it', async () => {
    const record = recordWith(await withNewPoint());
    const named = { ...structuredClone(record), template: { id: 'respond-observation', version: '1.0.0' } };
    delete named.embeddedTemplate;
    assert.deepEqual(where(validateRecord(named)), ['/ratings/point-5 knownItem']);
    assert.deepEqual(validateRecord(record), []);
    // The kind's own module (what a server that handles one kind imports) does the same.
    assert.deepEqual(observationRecords.validateRecord(record), []);
  });

  it('refuses a carried template that is not the one the record names', async () => {
    const record = recordWith(await withNewPoint());
    record.template.version = '1.0.1';
    assert.deepEqual(where(validateRecord(record)), ['/embeddedTemplate/version template']);
  });

  it('refuses an edited copy under the name of a built-in template', async () => {
    const record = recordWith(await withNewPoint());
    record.template = { id: 'respond-observation', version: '1.0.0' };
    record.embeddedTemplate = { ...record.embeddedTemplate!, id: 'respond-observation', version: '1.0.0' };
    delete record.embeddedTemplate.basedOn;
    assert.deepEqual(where(validateRecord(record)), ['/embeddedTemplate template']);
    // The built-in template carried as it is passes.
    const honest = { ...example(), embeddedTemplate: builtIn() };
    assert.deepEqual(validateRecord(honest), []);
  });

  it('checks the carried template itself: its schema and its ids', async () => {
    const record = recordWith(await withNewPoint());
    record.embeddedTemplate!.points[4]!.id = 'point-1';
    assert.deepEqual(where(validateRecord(record)), ['/embeddedTemplate/points/4/id uniqueId']);
    const broken = recordWith(await withNewPoint()) as unknown as { embeddedTemplate: { points: unknown } };
    broken.embeddedTemplate.points = 'none';
    assert.ok(where(validateRecord(broken)).includes('/embeddedTemplate/points type'));
  });

  it('a template the caller gives must be the carried one', async () => {
    const record = recordWith(await withNewPoint());
    const other = await deriveTemplate(builtIn(), { ...builtIn(), points: builtIn().points.slice(1) });
    assert.deepEqual(where(validateRecord(record, { ...other, id: record.template.id })), [
      '/embeddedTemplate template',
      '/ratings/point-1 knownItem',
      '/ratings/point-5 knownItem',
    ]);
  });

  it('seals cover the carried template’s text: an edit after signing is reported at its place', async () => {
    const template = await withNewPoint();
    const record = recordWith(template);
    record.signatures = [
      await createSignature({
        record,
        template,
        role: 'observed',
        signer: { name: 'Marco Rossi' },
        method: 'typed',
        typedName: 'Marco Rossi',
        lang: 'en',
        signedAt: '2026-01-15T10:00:00.000Z',
      }),
    ];
    assert.equal((await checkSeals(record)).state, 'signed', 'checked against the carried template by default');
    assert.deepEqual(await validateSeals(record), []);
    record.embeddedTemplate!.points[4]!.title = 'Pupils explain their reasoning aloud';
    const [change] = (await checkSeals(record)).changes;
    assert.deepEqual(change, {
      signature: 0,
      in: 'template',
      pointer: '/points/4/title',
      signed: 'Pupils explain their reasoning',
      current: 'Pupils explain their reasoning aloud',
    });
    assert.deepEqual(where(await validateSeals(record)), ['/template seal']);
    // A translation added to the carried template changes nothing the signer read.
    const translated = recordWith(template);
    translated.signatures = record.signatures;
    translated.embeddedTemplate!.points[4]!.title = { en: 'Pupils explain their reasoning', nb: 'Elevene forklarer tenkningen sin' };
    assert.deepEqual(await validateSeals(translated), []);
  });
});
