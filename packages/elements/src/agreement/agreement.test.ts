import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MkArray, MkInvalidEvent, MkSealDialog, MkSignature, MkSubmitEvent } from '@mentorkit/core';
import { checkSeals, contentHash, getTemplate, validateRecord, type AgreementRecord } from '@mentorkit/schemas';
import respondRecord from '../../../../schemas/examples/valid/respond-agreement.record.json' with { type: 'json' };
import peerRecord from '../../../../schemas/examples/valid/peer-group-agreement.record.json' with { type: 'json' };
import schoolRecord from '../../../../schemas/examples/valid/school-to-school-agreement.record.json' with { type: 'json' };
import '../define/agreement.js';
import type { MkAgreement } from './agreement.js';
import type { MkSignEvent } from '../document/sign-event.js';
import { serverCheck } from '../../../../test/support/server-check.js';
import { controlOf, fieldAt, inside } from '../../../../test/support/fields.js';

const records = { 'respond-agreement': respondRecord, 'peer-group-agreement': peerRecord, 'school-to-school-agreement': schoolRecord };
type TemplateId = keyof typeof records;

/** An example record as it was before anyone signed. */
function unsigned(id: TemplateId): AgreementRecord {
  const record = structuredClone(records[id]) as unknown as AgreementRecord;
  delete record.signatures;
  delete record.status;
  return record;
}
const signed = (id: TemplateId) => structuredClone(records[id]) as unknown as AgreementRecord;

async function render(template: TemplateId, value: unknown = undefined, signer = '') {
  const el = await fixture<MkAgreement>(html`<mk-agreement template=${template} signer=${signer} .value=${value}></mk-agreement>`);
  await el.signingReady;
  return el;
}

const field = fieldAt;

function signatureControls(el: MkAgreement): MkSignature[] {
  return [...el.shadowRoot!.querySelectorAll('mk-signature')];
}

const statusText = (el: MkAgreement) => el.shadowRoot!.querySelector('[part=status]')!.textContent!.replace(/\s+/g, ' ').trim();
const record = (el: MkAgreement) => el.value as AgreementRecord;

/** Signs for the first signer whose control is active, by keyboard only: type the name, Tab to "Sign", Enter. */
async function signByKeyboard(el: MkAgreement, name: string): Promise<MkSignEvent> {
  const control = signatureControls(el)[0]!;
  await control.updateComplete;
  control.focus();
  await sendKeys({ type: name });
  await sendKeys({ press: 'Tab' }); // "Draw instead"
  await sendKeys({ press: 'Tab' }); // "Sign as …"
  expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('sign-button');
  const signedEvent = oneEvent(el, 'mk-sign') as Promise<MkSignEvent>;
  await sendKeys({ press: 'Enter' });
  // The confirmation opens with "Sign" focused: Enter confirms.
  const dialog = await openDialog(el);
  expect(dialog.shadowRoot!.activeElement?.getAttribute('part')).to.equal('confirm-button');
  await sendKeys({ press: 'Enter' });
  const event = await signedEvent;
  await el.signingReady;
  return event;
}

/** The signing confirmation, once it is open. */
async function openDialog(el: MkAgreement): Promise<MkSealDialog> {
  const dialog = el.shadowRoot!.querySelector('mk-seal-dialog')!;
  await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'the confirmation opens');
  return dialog;
}

const dialogText = (dialog: MkSealDialog) => dialog.shadowRoot!.querySelector('dialog')!.textContent!.replace(/\s+/g, ' ').trim();

/** A stroke of synthetic pointer events on a signature canvas. */
function drawStroke(control: MkSignature, points: [number, number][]): void {
  const canvas = control.shadowRoot!.querySelector('canvas')!;
  const rect = canvas.getBoundingClientRect();
  const init = { pointerId: 3, pointerType: 'touch', isPrimary: true, bubbles: true, composed: true, button: 0 };
  const at = ([x, y]: [number, number]) => ({ clientX: rect.left + x, clientY: rect.top + y });
  canvas.dispatchEvent(new PointerEvent('pointerdown', { ...init, ...at(points[0]!) }));
  for (const p of points.slice(1)) canvas.dispatchEvent(new PointerEvent('pointermove', { ...init, ...at(p) }));
  canvas.dispatchEvent(new PointerEvent('pointerup', { ...init, ...at(points[points.length - 1]!) }));
}

describe('<mk-agreement>', () => {
  describe('rendering', () => {
    it('renders the RESPOND agreement: two parties, six numbered commitments as text, meetings, one signature line', async () => {
      const el = await render('respond-agreement');
      const root = el.shadowRoot!;
      expect(root.querySelector('h2')!.textContent).to.equal('Agreement for mentors and leaders of peer-to-peer programs');
      expect([...root.querySelectorAll('section h3')].map((h) => h.textContent)).to.deep.equal([
        'Parties',
        'Commitments',
        'Meetings',
        'Signatures',
      ]);
      expect([...root.querySelectorAll('[part=party] > legend')].map((l) => l.textContent)).to.deep.equal([
        'Name of Mentor',
        'Name of Mentee',
      ]);
      const commitments = root.querySelectorAll('[part=commitments] li');
      expect(commitments.length).to.equal(6);
      expect(commitments[5]!.textContent).to.contain('at least once a week');
      expect(root.querySelector('[part=commitments] mk-textarea, [part=commitments] input')).to.equal(null);
      expect(root.querySelector('[path="/customCommitments"]'), 'no own commitments for RESPOND').to.equal(null);
      expect(root.querySelector('dl.terms')!.textContent).to.contain('Regularly, if possible at least once a week');
      expect(statusText(el)).to.equal('○ Draft: not signed yet.');
      expect(el.matches(':state(draft)')).to.equal(true);
      // Source: "Signed (Mentor/leader) Date:" — the mentee is named but does not sign.
      expect(signatureControls(el).length).to.equal(1);
      expect([...root.querySelectorAll('.slot-signatures h4')].map((h) => h.textContent)).to.deep.equal(['Name of Mentor']);
    });

    it('renders the peer group: a group of members within its bounds, a facilitator, ground rules and own items', async () => {
      const el = await render('peer-group-agreement');
      const members = field(el, '/parties/group/0/group/members') as unknown as MkArray;
      await members.updateComplete;
      // 4–8 people, the facilitator one of them: 3 to 7 members beside the facilitator.
      expect(members.items.length, 'prefilled with the fewest members').to.equal(3);
      expect(members.minItems).to.equal(3);
      expect(members.maxItems).to.equal(7);
      expect(field(el, '/parties/group/0/group/facilitator/name')).to.exist;
      const root = el.shadowRoot!;
      expect([...root.querySelectorAll('section h3')].map((h) => h.textContent)).to.include('Ground rules');
      expect(root.querySelector('#ground-rules')!.parentElement!.querySelectorAll('ol.numbered li').length).to.equal(3);
      expect(field(el, '/groundRuleResponses/r2'), '"Themes for discussion" has a place to write the themes').to.exist;
      expect(field(el, '/groundRuleResponses/r1'), 'other rules are text only').to.equal(null);
      expect(field(el, '/customCommitments')).to.exist;
      expect(field(el, '/additionalGroundRules')).to.exist;
    });

    it('renders school-to-school: one mentor school and a list of mentee schools, each with who signs for it', async () => {
      const el = await render('school-to-school-agreement', unsigned('school-to-school-agreement'));
      expect(controlOf(field(el, '/parties/mentor-school/0/school/name')).value).to.equal('GO! atheneum Avelgem');
      const schools = field(el, '/parties/mentee-schools') as unknown as MkArray;
      await schools.updateComplete;
      expect(schools.items.length).to.equal(3);
      const rows = [...el.shadowRoot!.querySelectorAll('[part=signer] .who')].map((p) => p.textContent);
      expect(rows).to.deep.equal([
        'Els Peeters, GO! atheneum Avelgem',
        'Jan Claes, GO! Basisschool Noord',
        'Sofie Maes, GO! Basisschool Zuid',
        'Tom Jacobs, GO! Middenschool Oost',
      ]);
      const conditions = el.shadowRoot!.querySelector('[part=conditions]')!;
      expect(conditions.querySelector('h3')!.textContent).to.equal('Success conditions');
      expect(conditions.querySelectorAll('li').length).to.equal(6);
      expect(el.shadowRoot!.querySelector('[part=commitments]'), 'success conditions are not commitments').to.equal(null);
      expect(field(el, '/customCommitments'), 'the schools write their own commitments').to.exist;
    });

    it("keeps what a record's people carry besides their names (id, role, email) without showing it as extra entries", async () => {
      const value = unsigned('school-to-school-agreement');
      const contact = value.parties['mentee-schools']![0]!.school!.contact!;
      Object.assign(contact, { id: 'lms-4711', email: 'jan.claes@example.org' });
      const el = await render('school-to-school-agreement', value);
      const schools = field(el, '/parties/mentee-schools') as unknown as MkArray;
      await schools.updateComplete;
      const inAnyRoot = (root: ParentNode, selector: string): Element[] => [
        ...root.querySelectorAll(selector),
        ...[...root.querySelectorAll('*')].flatMap((node) => (node.shadowRoot ? inAnyRoot(node.shadowRoot, selector) : [])),
      ];
      expect(inAnyRoot(el.shadowRoot!, '[part=map]'), 'no extra-entries editor').to.deep.equal([]);
      expect(el.shadowRoot!.textContent).not.to.contain('headTeacher');
      const kept = record(el).parties['mentee-schools']![0]!.school!.contact;
      expect(kept).to.deep.equal({ name: 'Jan Claes', role: 'headTeacher', id: 'lms-4711', email: 'jan.claes@example.org' });
      await expect(el).to.be.accessible();
    });

    it('shows the whole attribution: title, organisation, year, authors, link and note; only web links are links', async () => {
      const el = await render('school-to-school-agreement');
      const attribution = el.shadowRoot!.querySelector('[part=attribution]')!;
      const text = attribution.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('European Schoolnet (MenSI project), 2021');
      expect(text).to.contain('Authors: Enrique Martin, Roger Blamire, Sam Panckoucke, Giusy Cannella');
      expect(text).to.contain('The source gives no licence.');
      expect(attribution.querySelector('a')!.getAttribute('href')).to.equal('https://fcl.eun.org/mensi');
      const template = structuredClone(getTemplate('school-to-school-agreement')!) as { attribution: { url: string } };
      template.attribution.url = 'javascript:alert(1)';
      const hostile = await fixture<MkAgreement>(html`<mk-agreement .template=${template as never}></mk-agreement>`);
      await hostile.signingReady;
      expect(hostile.shadowRoot!.querySelector('[part=attribution]'), 'the template is valid and its attribution shown').to.exist;
      expect(hostile.shadowRoot!.querySelector('[part=attribution] a'), 'no javascript: link').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('renders template and record text as text, never as HTML', async () => {
      const template = structuredClone((await import('@mentorkit/schemas')).getTemplate('respond-agreement')!) as {
        commitments: { id: string; text: string }[];
      };
      template.commitments[0]!.text = '<img src=x onerror=alert(1)>';
      const value = unsigned('respond-agreement');
      value.parties['mentor']![0]!.person!.name = '<b>Anna</b>';
      const el = await fixture<MkAgreement>(html`<mk-agreement .template=${template as never} .value=${value}></mk-agreement>`);
      await el.signingReady;
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part=commitments] li')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    });

    it('shows an error naming the problem for an unknown or invalid template', async () => {
      const el = await fixture<MkAgreement>(html`<mk-agreement template="no-such-template"></mk-agreement>`);
      expect(el.shadowRoot!.querySelector('[part=schema-error]')!.textContent).to.contain('Unknown template "no-such-template"');
      el.template = 'respond-observation';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=schema-error]')!.textContent).to.contain('edits "agreement" documents');
    });
  });

  describe('properties', () => {
    it('makes only the signer’s signature controls active', async () => {
      const el = await render('school-to-school-agreement', unsigned('school-to-school-agreement'), 'mentor-school');
      const controls = signatureControls(el);
      expect(controls.length).to.equal(1);
      expect(controls[0]!.label).to.equal('Signature of Els Peeters, GO! atheneum Avelgem');
      expect(el.shadowRoot!.querySelector('[part=signer] .pending')!.textContent).to.equal(
        'Waiting for Jan Claes, GO! Basisschool Noord to sign',
      );
      const mentee = await render('respond-agreement', unsigned('respond-agreement'), 'mentee');
      expect(signatureControls(mentee).length, 'the RESPOND mentee does not sign').to.equal(0);
    });

    it('keeps the group within 4–8 people, the facilitator counted: add and remove stop at the bounds, and fewer is a problem', async () => {
      const value = unsigned('peer-group-agreement');
      const el = await render('peer-group-agreement', value);
      const members = field(el, '/parties/group/0/group/members') as unknown as MkArray;
      await members.updateComplete;
      const add = () => inside(members).querySelector<HTMLButtonElement>('button.add')!;
      const group = () => record(el).parties['group']![0]!.group!;
      for (let n = group().members.length; n < 7; n++) {
        await members.addItem();
        expect(add().disabled, `add at ${n + 1}`).to.equal(n + 1 === 7);
      }
      expect(add().disabled).to.equal(true);
      expect(group().members.length, '7 members and the facilitator: 8 people').to.equal(7);
      while (group().members.length > 3) await members.removeItem(0);
      await members.updateComplete;
      expect([...inside(members).querySelectorAll<HTMLButtonElement>('button.remove')].every((b) => b.disabled)).to.equal(true);
      const three = unsigned('peer-group-agreement');
      three.parties['group']![0]!.group!.members.splice(2);
      el.value = three;
      await el.updateComplete;
      expect(el.problems).to.deep.include({
        pointer: '/parties/group/0/group/members',
        keyword: 'minMembers',
        key: 'tooFewItems',
        params: { min: 4 },
      });
    });

    it('reads its own text in the element’s language', async () => {
      const el = await fixture<MkAgreement>(html`<mk-agreement lang="fi" template="respond-agreement"></mk-agreement>`);
      await el.signingReady;
      expect(el.shadowRoot!.querySelector('section h3')!.textContent).to.equal('Osapuolet');
      expect(statusText(el)).to.contain('Luonnos');
    });
  });

  describe('events', () => {
    it('lets the RESPOND mentor/leader sign by keyboard, then locks the agreement', async () => {
      const el = await render('respond-agreement', unsigned('respond-agreement'));
      const content = structuredClone(record(el));
      const first = await signByKeyboard(el, 'Anna Berg');
      expect(first.signature).to.include({ role: 'mentor', method: 'typed', typedName: 'Anna Berg', sealVersion: 2, lang: 'en' });
      expect(first.signature.signer.name).to.equal('Anna Berg');
      // The seal keeps what was signed: the record's content and the agreement's text.
      expect((first.signature.sealed!.content as { parties: unknown }).parties).to.deep.equal(content.parties);
      expect((first.signature.sealed!.template as { commitments: { text: string }[] }).commitments[5]!.text).to.contain(
        'at least once a week',
      );
      expect((await checkSeals(record(el), getTemplate('respond-agreement'))).state, 'the server-side check agrees').to.equal('signed');
      expect(record(el).signatures).to.have.length(1);
      const name = field(el, '/parties/mentee/0/person/name');
      await name.updateComplete;
      expect(inside(name).querySelector('input')!.readOnly, 'content read-only once signed').to.equal(true);
      expect(statusText(el)).to.contain('✔ Signed by all parties. The agreement is locked.');
      expect(el.matches(':state(signed)')).to.equal(true);
      expect(el.matches(':state(locked)')).to.equal(true);
      expect(signatureControls(el).length).to.equal(0);
      expect(record(el).status).to.equal('signed');
      expect(validateRecord(record(el))).to.deep.equal([]);
    });

    it('lets every member and the facilitator of the peer group sign', async () => {
      const el = await render('peer-group-agreement', unsigned('peer-group-agreement'), 'group');
      const names = ['Liisa Virtanen', 'Mikko Korhonen', 'Aino Mäkinen', 'Juha Nieminen', 'Sanna Heikkinen', 'Pekka Laine'];
      for (const [i, name] of names.entries()) {
        expect(signatureControls(el)[0]!.label).to.equal(`Signature of ${name}`);
        await signByKeyboard(el, name);
        if (i < names.length - 1) expect(el.signingStatus!.state).to.equal('partly-signed');
      }
      expect(el.signingStatus!.state).to.equal('signed');
      expect(record(el).signatures!.map((s) => s.signer.name)).to.deep.equal(names);
      expect(validateRecord(record(el))).to.deep.equal([]);
    });

    it('lets the mentor school and every mentee school sign; each signer only in their own slot', async () => {
      const el = await render('school-to-school-agreement', unsigned('school-to-school-agreement'), 'mentor-school');
      expect(signatureControls(el).length).to.equal(1);
      await signByKeyboard(el, 'Els Peeters');
      el.signer = 'mentee-schools';
      await el.updateComplete;
      for (const name of ['Jan Claes', 'Sofie Maes', 'Tom Jacobs']) await signByKeyboard(el, name);
      expect(el.signingStatus!.state).to.equal('signed');
      expect(record(el).signatures!.map((s) => s.role)).to.deep.equal([
        'mentor-school',
        'mentee-schools',
        'mentee-schools',
        'mentee-schools',
      ]);
    });

    it('signs with a drawing made with pointer events on the canvas', async () => {
      const el = await render('respond-agreement', unsigned('respond-agreement'), 'mentor');
      const control = signatureControls(el)[0]!;
      control.shadowRoot!.querySelector<HTMLButtonElement>('[part=method-button]')!.click();
      await control.updateComplete;
      drawStroke(control, [
        [10, 40],
        [40, 12],
        [70, 44],
        [110, 20],
      ]);
      const signedEvent = oneEvent(el, 'mk-sign') as Promise<MkSignEvent>;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=sign-button]')!.click();
      (await openDialog(el)).shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
      const { signature } = await signedEvent;
      await el.signingReady;
      expect(signature.method).to.equal('drawn');
      expect(signature.drawing!.svgPath).to.equal('M10 40 L40 12 L70 44 L110 20');
      const drawn = el.shadowRoot!.querySelector('[part=signer] svg.drawing')!;
      expect(drawn.getAttribute('aria-label')).to.equal('Drawn signature of Anna Berg');
      expect(drawn.querySelector('path')!.getAttribute('d')).to.equal('M10 40 L40 12 L70 44 L110 20');
      expect(validateRecord(record(el))).to.deep.equal([]);
    });

    it('asks for confirmation, says what signing locks and which fields are still empty; Escape cancels', async () => {
      const value = unsigned('respond-agreement');
      delete value.meeting;
      const el = await render('respond-agreement', value, 'mentor');
      const control = signatureControls(el)[0]!;
      control.value = 'Anna Berg';
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=sign-button]')!.click();
      const dialog = await openDialog(el);
      const text = dialogText(dialog);
      expect(text).to.contain('Sign as Anna Berg?');
      expect([...dialog.shadowRoot!.querySelectorAll('[part=locks] li')].map((li) => li.textContent)).to.deep.equal([
        'Commitments',
        'Parties',
        'Meetings',
      ]);
      expect(dialog.shadowRoot!.querySelector('[part=empty]')!.textContent).to.contain('Still empty, and locked empty once you sign:');
      expect(dialog.shadowRoot!.querySelector('[part=empty]')!.textContent).to.contain('Meetings');
      await expect(dialog).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.shadowRoot!.querySelector('dialog')!.open);
      await el.signingReady;
      expect(record(el).signatures, 'cancelled: nothing signed').to.equal(undefined);
      expect(el.signingStatus!.state).to.equal('draft');
    });

    it('refuses to sign an incomplete agreement: it shows the problems and fires mk-invalid', async () => {
      const value = unsigned('respond-agreement');
      delete (value.parties['mentee']![0]!.person as { name?: string }).name;
      const el = await render('respond-agreement', value, 'mentor');
      const control = signatureControls(el)[0]!;
      control.value = 'Anna Berg';
      const invalid = oneEvent(el, 'mk-invalid') as Promise<MkInvalidEvent>;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=sign-button]')!.click();
      const { problems } = await invalid;
      expect(problems.map((p) => p.pointer)).to.include('/parties/mentee/0/person/name');
      expect(record(el).signatures).to.equal(undefined);
    });

    it('shows a change after signing, and names the parts that changed', async () => {
      const el = await render('respond-agreement', signed('respond-agreement'));
      expect(el.signingStatus!.state, 'the example’s signatures match its content').to.equal('signed');
      const tampered = signed('respond-agreement');
      tampered.parties['mentee']![0]!.person!.name = 'Mario Rossi';
      tampered.meeting!.start = '2025-10-01';
      el.value = tampered;
      await el.signingReady;
      expect(el.signingStatus!.state).to.equal('changed');
      expect(el.matches(':state(changed)')).to.equal(true);
      expect(el.matches(':state(locked)')).to.equal(false);
      expect(el.signingStatus!.changedParts).to.have.members(['/parties/mentee', '/meeting/start']);
      expect(statusText(el)).to.contain('▲ Changed after signing: the signatures no longer match the content.');
      expect(statusText(el)).to.contain('Changed: Parties: Name of Mentee; Meetings: Start.');
      const mismatches = el.shadowRoot!.querySelectorAll('[part=signer] .mismatch');
      expect(mismatches.length, 'the mentor/leader’s signature').to.equal(1);
      expect(signatureControls(el).length, 'no signing while changed').to.equal(0);
      // Where it happened, with the signed value beside the current one.
      const note = el.shadowRoot!.querySelector('.seal-change[data-pointer="/parties/mentee/0/person/name"]')!;
      expect(note.textContent!.replace(/\s+/g, ' ')).to.contain('Changed after signing. Signed: Marco Rossi Now: Mario Rossi');
      expect(el.shadowRoot!.querySelector('.seal-change[data-pointer="/meeting/start"]')).to.exist;
      // A server (Node) given the record reports the same places, with the signed values.
      const verdict = await serverCheck(tampered);
      expect(verdict.seals.map((e) => [e.pointer, e.params['signed'], e.params['current']])).to.have.deep.members([
        ['/parties/mentee/0/person/name', 'Marco Rossi', 'Mario Rossi'],
        ['/meeting/start', signed('respond-agreement').meeting!.start, '2025-10-01'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows the agreement’s text changed under the same template version at the commitment, with the signed text', async () => {
      const template = structuredClone(getTemplate('respond-agreement')!) as { commitments: { text: string | Record<string, string> }[] };
      const text = template.commitments[5]!.text;
      const signedText = typeof text === 'string' ? text : text['en'];
      template.commitments[5]!.text = 'Meet with the mentee when convenient';
      const el = await fixture<MkAgreement>(
        html`<mk-agreement .template=${template as never} .value=${signed('respond-agreement')}></mk-agreement>`,
      );
      await el.signingReady;
      expect(el.signingStatus!.state).to.equal('changed');
      expect(statusText(el)).to.contain('Changed: Commitment 6.');
      const item = el.shadowRoot!.querySelectorAll('[part=commitments] li')[5]!;
      expect(item.querySelector('.seal-change .signed-value')!.textContent).to.equal(`Signed: ${signedText}`);
      expect(item.querySelector('.seal-change .current-value')!.textContent).to.equal('Now: Meet with the mentee when convenient');
    });

    it('flags a signature whose own fields were edited (a homoglyph in the name, the time moved)', async () => {
      for (const edit of [
        (s: Record<string, unknown>) => ((s['signer'] as { name: string }).name = 'Аnna Berg'),
        (s: Record<string, unknown>) => (s['signedAt'] = '2025-09-01T10:00:00Z'),
      ]) {
        const value = signed('respond-agreement');
        edit(value.signatures![0] as unknown as Record<string, unknown>);
        const el = await render('respond-agreement', value);
        expect(el.signingStatus!.state).to.equal('changed');
        expect(statusText(el)).to.contain('Signature of');
        const row = [...el.shadowRoot!.querySelectorAll('[part=signer]')].find((r) => r.textContent!.includes('altered'))!;
        expect(row.textContent).to.contain('This signature was altered after it was made');
      }
    });

    it('names the changed part in a fresh element, from the copy of what was signed that the signature keeps', async () => {
      const first = await render('peer-group-agreement', unsigned('peer-group-agreement'), 'group');
      await signByKeyboard(first, 'Liisa Virtanen');
      const saved = structuredClone(record(first));
      saved.customCommitments![0]!.text = 'We meet whenever we like.';
      const fresh = await render('peer-group-agreement', saved);
      expect(fresh.signingStatus!.state).to.equal('changed');
      expect(fresh.signingStatus!.changedParts).to.deep.equal(['/customCommitments/0']);
      expect(statusText(fresh)).to.contain('Changed: Commitment 5.');
    });

    it('says when a change cannot be located (a version 1 signature keeps no copy of what it sealed)', async () => {
      const tampered = unsigned('respond-agreement');
      const { signer, role, signedAt } = signed('respond-agreement').signatures![0]!;
      tampered.signatures = [{ signer, role, signedAt, method: 'typed', typedName: signer.name, contentHash: await contentHash(tampered) }];
      const el = await render('respond-agreement', tampered);
      expect(el.signingStatus!.state).to.equal('signed');
      tampered.meeting!.place = 'Brussels';
      el.value = structuredClone(tampered);
      await el.signingReady;
      expect(el.signingStatus!.state).to.equal('changed');
      expect(statusText(el)).to.contain('Which part changed cannot be told');
    });
  });

  describe('keyboard', () => {
    it('adds an own commitment by keyboard before signing, numbered after the template’s', async () => {
      const el = await render('peer-group-agreement', unsigned('peer-group-agreement'), 'group');
      const own = field(el, '/customCommitments') as unknown as MkArray;
      await own.updateComplete;
      inside(own).querySelector<HTMLButtonElement>('button.add')!.focus();
      await sendKeys({ press: 'Enter' });
      await own.updateComplete;
      await sendKeys({ type: 'We start on time.' });
      const added = record(el).customCommitments![1]!;
      // Dated by the element as it is written (no user is set, so no author).
      const today = added.date!;
      expect(today).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(added).to.deep.equal({ id: 'own-2', proposedBy: 'group', text: 'We start on time.', date: today });
      const written = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(today));
      await signByKeyboard(el, 'Liisa Virtanen');
      const list = el.shadowRoot!.querySelector('ol.own')!;
      expect(list.getAttribute('start')).to.equal('5');
      expect([...list.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'We rotate who chooses the theme of the next meeting. (proposed by Peer group (members and facilitator))',
        `We start on time. (proposed by Peer group (members and facilitator)) Written on ${written}`,
      ]);
    });
  });

  describe('form', () => {
    it('submits the record as JSON under its name in a host form, signatures included', async () => {
      const host = await fixture<HTMLFormElement>(
        html`<form>
          <mk-agreement name="agreement" no-submit template="respond-agreement" .value=${unsigned('respond-agreement')}></mk-agreement>
        </form>`,
      );
      const el = host.querySelector('mk-agreement')!;
      await el.signingReady;
      await signByKeyboard(el, 'Anna Berg');
      const submitted = JSON.parse(new FormData(host).get('agreement') as string) as AgreementRecord;
      expect(submitted.signatures![0]!.typedName).to.equal('Anna Berg');
      expect(validateRecord(submitted)).to.deep.equal([]);
    });

    it('fires mk-submit with a record valid against the shared schema and its template', async () => {
      const el = await render('school-to-school-agreement', signed('school-to-school-agreement'));
      setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click());
      const event = (await oneEvent(el, 'mk-submit')) as MkSubmitEvent;
      expect(validateRecord(event.value)).to.deep.equal([]);
    });

    it('fires mk-invalid on submit when a party is missing its name', async () => {
      const el = await render('respond-agreement');
      setTimeout(() => el.submit());
      const event = (await oneEvent(el, 'mk-invalid')) as MkInvalidEvent;
      expect(event.problems.map((p) => p.pointer)).to.include.members(['/parties/mentor/0/person/name', '/parties/mentee/0/person/name']);
    });
  });

  describe('accessibility', () => {
    it('is accessible in draft, invalid after submit, signed and changed', async () => {
      const el = await render('respond-agreement');
      await expect(el).to.be.accessible();
      await el.submit();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.value = unsigned('respond-agreement');
      await el.signingReady;
      await signByKeyboard(el, 'Anna Berg');
      await expect(el).to.be.accessible();
      const tampered = structuredClone(record(el));
      tampered.meeting!.place = 'Library';
      el.value = tampered;
      await el.signingReady;
      await waitUntil(() => el.signingStatus?.state === 'changed');
      await expect(el).to.be.accessible();
    });

    it('is accessible for the peer group and school-to-school templates, and signer views', async () => {
      for (const id of ['peer-group-agreement', 'school-to-school-agreement'] as const) {
        const el = await render(id, unsigned(id), id === 'peer-group-agreement' ? 'group' : 'mentee-schools');
        await expect(el).to.be.accessible();
        el.value = signed(id);
        await el.signingReady;
        await expect(el).to.be.accessible();
      }
    });
  });
});
