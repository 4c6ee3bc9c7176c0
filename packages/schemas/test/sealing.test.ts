// The server-side seal check (@mentorkit/schemas): for every kind a signer signs, and every change after
// signing — to the sealed part, the template's text, or the signature's own fields — is reported where it happened,
// with the signed value beside the current one.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  checkSeals,
  createSignature,
  getTemplate,
  signatureStatus,
  validateRecord,
  validateSeals,
  type SealChange,
  type Signature,
} from '../src/index.js';
import { seededRandom } from '../../../test/support/seeded-random.js';
import { readJson, schemasDir } from './support.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Doc = Record<string, Json> & { signatures?: Signature[] };

const example = (name: string) => readJson<Doc>(join(schemasDir, `examples/valid/${name}.record.json`));
const template = (id: string) => structuredClone(getTemplate(id)) as unknown as Record<string, Json>;
const where = (changes: SealChange[]) => changes.map((c) => `${c.in} ${c.pointer}${c.reason ? ` ${c.reason}` : ''}`);

async function sign(record: Doc, templateId: string, role: string, name: string, part = '', lang = 'en'): Promise<Doc> {
  const signature = await createSignature({
    record,
    template: getTemplate(templateId),
    role,
    part,
    signer: { name },
    method: 'typed',
    typedName: name,
    lang,
    signedAt: '2026-01-15T10:00:00.000Z',
  });
  return { ...record, signatures: [...(record.signatures ?? []), signature] } as Doc;
}

function unsigned(name: string): Doc {
  const record = example(name);
  delete record.signatures;
  return record;
}

describe('sealing (server-side check)', () => {
  describe('agreement', () => {
    const respond = () => example('respond-agreement');
    const t = () => template('respond-agreement');

    it('the signed example is signed; the mentor/leader alone completes it', async () => {
      assert.equal(await signatureStatus(respond(), t()), 'signed');
      assert.equal(await signatureStatus(unsigned('respond-agreement'), t()), 'draft');
      assert.deepEqual(validateRecord(respond()), []);
    });

    it('reports a change of the sealed content at its pointer, with the signed value', async () => {
      const record = respond();
      const before = (record['meeting'] as Record<string, Json>)['place'];
      (record['meeting'] as Record<string, Json>)['place'] = 'Library';
      const report = await checkSeals(record, t());
      assert.equal(report.state, 'changed');
      assert.deepEqual(report.changes, [{ signature: 0, in: 'record', pointer: '/meeting/place', signed: before, current: 'Library' }]);
      const errors = await validateSeals(record, t());
      assert.deepEqual(errors, [
        {
          pointer: '/meeting/place',
          keyword: 'seal',
          key: 'changedAfterSigning',
          params: { signature: 0, signed: before, current: 'Library' },
        },
      ]);
    });

    it('reports the template’s commitment text reworded, reordered or removed under the same id and version', async () => {
      const reworded = t();
      const commitments = reworded['commitments'] as { id: string; text: string | Record<string, string> }[];
      const text = commitments[5]!.text;
      const signedText = typeof text === 'string' ? text : text['en'];
      commitments[5]!.text = 'Meet with the mentee now and then';
      assert.deepEqual((await checkSeals(respond(), reworded)).changes, [
        { signature: 0, in: 'template', pointer: '/commitments/5/text', signed: signedText, current: 'Meet with the mentee now and then' },
      ]);
      const reordered = t();
      (reordered['commitments'] as Json[]).reverse();
      assert.ok(where((await checkSeals(respond(), reordered)).changes).includes('template /commitments/0/id'));
      const removed = t();
      (removed['commitments'] as Json[]).splice(2, 1);
      const changes = (await checkSeals(respond(), removed)).changes;
      assert.ok(where(changes).includes('template /commitments/5'), where(changes).join('\n'));
      assert.equal(changes.find((c) => c.pointer === '/commitments/5')!.current, undefined);
    });

    it('does not flag a translation added to the template: the seal covers the text in the signer’s language', async () => {
      const translated = t();
      const withSwedish = (text: Json): Json =>
        typeof text === 'string' ? { en: text, sv: 'På svenska' } : ({ ...(text as Record<string, Json>), sv: 'På svenska' } as Json);
      for (const c of translated['commitments'] as { text: Json }[]) c.text = withSwedish(c.text);
      translated['title'] = withSwedish(translated['title']!);
      assert.equal(await signatureStatus(respond(), translated), 'signed');
      (translated['commitments'] as { text: Record<string, string> }[])[0]!.text['en'] = 'Changed in English';
      assert.deepEqual(where((await checkSeals(respond(), translated)).changes), ['template /commitments/0/text']);
    });

    const signatureEdits: [string, (s: Record<string, Json>) => void][] = [
      ['typed name edited', (s) => void (s['typedName'] = 'Anna Bergh')],
      ['signer name with one homoglyph (Cyrillic а)', (s) => void ((s['signer'] as Record<string, Json>)['name'] = 'Аnna Berg')],
      ['signedAt moved', (s) => void (s['signedAt'] = '2025-09-01T14:45:00+02:00')],
      ['role changed', (s) => void (s['role'] = 'mentee')],
      [
        'typed signature replaced by a fabricated drawing',
        (s) => {
          s['method'] = 'drawn';
          delete s['typedName'];
          s['drawing'] = { svgPath: 'M0 0 L10 10', width: 160, height: 60 };
        },
      ],
      [
        'snapshot edited to match a change',
        (s) => void ((s['sealed'] as { content: { meeting: Record<string, Json> } }).content.meeting['place'] = 'Library'),
      ],
    ];
    for (const [label, edit] of signatureEdits) {
      it(`flags the signature itself when its ${label}`, async () => {
        const record = respond();
        const signature = record.signatures![0] as unknown as Record<string, Json>;
        if (signature['method'] === 'drawn') {
          // The example's mentor drew; make the typed case from a typed signature.
          record.signatures = (await sign(unsigned('respond-agreement'), 'respond-agreement', 'mentor', 'Anna Berg')).signatures!;
        }
        edit(record.signatures![0] as unknown as Record<string, Json>);
        const report = await checkSeals(record, t());
        assert.equal(report.state, 'changed');
        assert.ok(where(report.changes).includes('signature /signatures/0 altered'), where(report.changes).join('\n'));
        assert.ok((await validateSeals(record, t())).some((e) => e.key === 'signatureAltered' && e.pointer === '/signatures/0'));
      });
    }

    it('flags a duplicated signature', async () => {
      const record = respond();
      record.signatures = [record.signatures![0]!, structuredClone(record.signatures![0]!)];
      assert.deepEqual(where((await checkSeals(record, t())).changes), ['signature /signatures/1 duplicate']);
      assert.deepEqual(
        (await validateSeals(record, t())).map((e) => e.key),
        ['duplicateSignature'],
      );
    });

    it('flags every one-value change of the sealed content where it happened (property-based, seeded)', async () => {
      const random = seededRandom(0x5ea1);
      const signed = respond();
      const leaves: string[][] = [];
      const walk = (value: Json, path: string[]) => {
        if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
        else leaves.push(path);
      };
      for (const [key, value] of Object.entries(signed))
        if (!['signatures', 'status', 'updatedAt', 'extensions'].includes(key)) walk(value as Json, [key]);
      assert.ok(leaves.length > 10);
      for (const path of leaves) {
        const record = structuredClone(signed);
        let parent = record as Record<string, Json>;
        for (const step of path.slice(0, -1)) parent = parent[step] as Record<string, Json>;
        const last = path[path.length - 1]!;
        const old = parent[last]!;
        parent[last] =
          typeof old === 'string'
            ? `${old}${String.fromCharCode(97 + Math.floor(random() * 26))}`
            : typeof old === 'number'
              ? old + 1
              : !old;
        const pointer = `/${path.join('/')}`;
        assert.deepEqual(
          (await checkSeals(record, t())).changes.map((c) => [c.pointer, c.signed]),
          [[pointer, old]],
          pointer,
        );
      }
    });
  });

  describe('rubric verification (head teacher, Mentor Recognition Team)', () => {
    it('needs both verifications; a rating changed after verifying is reported; reflective comments stay open', async () => {
      const record = unsigned('itt-mentor-standards-rag');
      const once = await sign(record, 'itt-mentor-standards-rag', 'headTeacher', 'Head Teacher');
      assert.equal(await signatureStatus(once, getTemplate('itt-mentor-standards-rag')), 'partly-signed');
      const both = await sign(once, 'itt-mentor-standards-rag', 'mentorRecognitionTeam', 'Mentor Recognition Team');
      assert.equal(await signatureStatus(both, getTemplate('itt-mentor-standards-rag')), 'signed');
      assert.deepEqual(validateRecord(both), []);
      const commented = structuredClone(both);
      ((commented['closing'] as Record<string, Json>)['comments'] as Record<string, Json>)['university'] = { text: 'Later comment' };
      assert.equal(await signatureStatus(commented, getTemplate('itt-mentor-standards-rag')), 'signed');
      const rated = structuredClone(both);
      const ratings = rated['ratings'] as Record<string, { level: string }>;
      const [id, rating] = Object.entries(ratings)[0]!;
      const signedLevel = rating.level;
      rating.level = signedLevel === 'red' ? 'green' : 'red';
      const changes = (await checkSeals(rated, getTemplate('itt-mentor-standards-rag'))).changes;
      assert.deepEqual(
        changes.map((c) => [c.signature, c.pointer, c.signed]),
        [
          [0, `/ratings/${id}/level`, signedLevel],
          [1, `/ratings/${id}/level`, signedLevel],
        ],
      );
    });
  });

  describe('observation acknowledged by the observed teacher', () => {
    it('is signed once acknowledged; feedback changed afterwards is reported', async () => {
      const t = getTemplate('respond-observation');
      const [signoff] = (t as unknown as { signoffs: { id: string; role: string; label: { en: string } }[] }).signoffs;
      assert.deepEqual(
        [signoff!.id, signoff!.role, signoff!.label.en],
        ['acknowledgement', 'observed', 'Acknowledged by the observed teacher'],
      );
      const record = unsigned('respond-observation');
      assert.equal(await signatureStatus(record, t), 'draft');
      const acknowledged = await sign(record, 'respond-observation', 'observed', 'Marco Rossi');
      assert.equal(await signatureStatus(acknowledged, t), 'signed');
      assert.deepEqual(validateRecord(acknowledged), []);
      const changed = structuredClone(acknowledged);
      const signedText = (changed['feedback'] as Record<string, Json>)['text'];
      (changed['feedback'] as Record<string, Json>)['text'] = 'Rewritten';
      assert.deepEqual((await checkSeals(changed, t)).changes, [
        { signature: 0, in: 'record', pointer: '/feedback/text', signed: signedText, current: 'Rewritten' },
      ]);
    });
  });

  describe('plan review signed off by the supervisor', () => {
    it('seals that review only: the plan goes on; the review changed afterwards is reported', async () => {
      const t = getTemplate('respond-development-plan');
      const record = unsigned('respond-development-plan');
      const reviewed = await sign(record, 'respond-development-plan', 'supervisor', 'Eva Lind', '/reviews/0');
      assert.equal(await signatureStatus(reviewed, t), 'signed');
      assert.deepEqual(validateRecord(reviewed), []);
      const more = structuredClone(reviewed);
      (more['goal'] as Json) = 'A new goal';
      (more['reviews'] as Json[]).push({ date: '2026-03-01', progress: 'Second review' });
      assert.equal(await signatureStatus(more, t), 'partly-signed', 'the second review waits for its sign-off');
      const edited = structuredClone(reviewed);
      const review = (edited['reviews'] as Record<string, Json>[])[0]!;
      const signedProgress = review['progress'];
      review['progress'] = 'Rewritten after the sign-off';
      assert.deepEqual((await checkSeals(edited, t)).changes, [
        { signature: 0, in: 'record', pointer: '/reviews/0/progress', signed: signedProgress, current: 'Rewritten after the sign-off' },
      ]);
    });
  });
});
