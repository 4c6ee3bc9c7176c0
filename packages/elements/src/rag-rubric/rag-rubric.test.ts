import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { localise, type LocalisedText, type MkInvalidEvent, type MkSubmitEvent } from '@mentorkit/core';
import { getTemplate, validateRecord, validateTemplate, type RubricTemplate } from '@mentorkit/schemas';
import ittRecord from '../../../../schemas/examples/valid/itt-mentor-standards-rag.record.json' with { type: 'json' };
import advancedRecord from '../../../../schemas/examples/valid/advanced-mentor.record.json' with { type: 'json' };
import invalidExample from '../../../../schemas/examples/invalid/rubric-unknown-items.json' with { type: 'json' };
import '../define/rag-rubric.js';
import type { MkRagRubric } from './rag-rubric.js';
import { axNodes } from '../../../../test/support/ax-tree.js';
import { controlOf, fieldAt, inside } from '../../../../test/support/fields.js';

/** Template text as the English page shows it (the built-in templates are in five languages). */
const en = (text: LocalisedText | undefined) => localise(text, 'en');

type Summary = HTMLElement & { updateComplete: Promise<boolean> };
type Rubric = typeof ittRecord;

const rubricTemplates = [
  'itt-mentor-standards-rag',
  'advanced-mentor',
  'curee-coaching-checklists',
  'respond-guidelines-self-review',
  'mensi-success-conditions',
];

const field = fieldAt;

async function render(template: unknown = 'itt-mentor-standards-rag', value: unknown = undefined, role = '') {
  const el = await fixture<MkRagRubric>(html`<mk-rag-rubric .template=${template} user-role=${role} .value=${value}></mk-rag-rubric>`);
  await el.updateComplete;
  return el;
}

async function summaryText(summary: Element): Promise<string> {
  await (summary as Summary).updateComplete;
  return summary.shadowRoot!.querySelector('[part=text]')!.textContent!;
}

function overall(el: MkRagRubric): Element {
  return el.shadowRoot!.querySelector('mk-scale-summary.overall')!;
}

function standardSummary(el: MkRagRubric, id: string): Element {
  return el.shadowRoot!.querySelector(`[data-standard="${id}"] mk-scale-summary`)!;
}

async function isReadonly(el: MkRagRubric, path: string): Promise<boolean> {
  const f = field(el, path);
  await f.updateComplete;
  const control = inside(f).querySelector('textarea, input[type=text], input:not([type])') as HTMLInputElement;
  return control.readOnly;
}

/** A rubric template with `count` criteria in standards of 30, valid against the template schema. */
function generatedTemplate(count: number): RubricTemplate {
  const rag = getTemplate('itt-mentor-standards-rag') as RubricTemplate;
  const standards = Array.from({ length: Math.ceil(count / 30) }, (_, s) => ({
    id: `s${s + 1}`,
    title: `Standard ${s + 1}`,
    criteria: Array.from({ length: Math.min(30, count - s * 30) }, (_, c) => ({
      id: `s${s + 1}-c${c + 1}`,
      text: `Criterion ${s + 1}.${c + 1}`,
    })),
  }));
  return {
    schemaVersion: 1,
    kind: 'rubric',
    id: 'generated-large',
    version: '1.0.0',
    title: 'A large generated rubric',
    attribution: { title: 'Generated for a test', organisation: 'Mentorkit', sourceDocument: 'rag-rubric.test.ts' },
    scale: rag.scale,
    standards,
  } as RubricTemplate;
}

/** The example before anyone verified it. */
const filled = () => {
  const record = structuredClone(ittRecord) as Omit<typeof ittRecord, 'signatures'> & { signatures?: typeof ittRecord.signatures };
  delete record.signatures;
  return record as typeof ittRecord;
};
const verified = () => structuredClone(ittRecord);

describe('<mk-rag-rubric>', () => {
  describe('rendering', () => {
    for (const id of rubricTemplates) {
      it(`renders ${id} with one radio group per criterion`, async () => {
        const template = getTemplate(id) as RubricTemplate;
        const el = await render(id);
        const root = el.shadowRoot!;
        const criteria = template.standards.flatMap((s) => s.criteria);
        expect(root.querySelectorAll('.criteria .field[data-kind=radio]').length).to.equal(criteria.length);
        expect(root.querySelectorAll('section.standard').length).to.equal(template.standards.length);
        expect(root.querySelectorAll('article.performance').length).to.equal(template.advanced?.criteria.length ?? 0);
        expect(root.querySelector('h2')!.textContent).to.equal(en(template.title));
        if (criteria.length) expect(await summaryText(overall(el))).to.contain(`Not rated ${criteria.length}`);
      });
    }

    for (const id of ['itt-mentor-standards-rag', 'curee-coaching-checklists']) {
      it(`names each criterion's radio group by its visible text, which is read once (${id})`, async () => {
        const template = getTemplate(id) as RubricTemplate;
        await render(id);
        const nodes = await axNodes();
        const groups = nodes.filter((node) => node.role === 'radiogroup');
        const criteria = template.standards.flatMap((standard) => standard.criteria);
        // The name the group had as its aria-label: the criterion's title and text (criterionLabel).
        const label = (c: (typeof criteria)[number]) => (c.title ? `${en(c.title)}: ${en(c.text)}` : en(c.text));
        expect(groups.map((group) => group.name)).to.deep.equal(criteria.map(label));
        // Its text is in the tree once (it was hidden, the group's aria-label saying it), beside the group it names.
        for (const criterion of criteria) {
          const text = en(criterion.text);
          const read = nodes.filter((node) => node.role === 'StaticText' && node.name === text);
          expect(read.length).to.equal(criteria.filter((c) => en(c.text) === text).length, text);
        }
      });
    }

    it('lays a standard out as on paper: title, statement, level headers once, criteria in rows', async () => {
      const el = await render();
      const standard = el.shadowRoot!.querySelector('[data-standard="ms1"]')!;
      expect(standard.querySelector('[role=heading]')!.textContent).to.contain('Mentor Standard 1 - Personal qualities');
      expect(standard.querySelector('.statement')!.textContent).to.contain('Establish trusting relationships');
      const head = standard.querySelector('.criteria-head')!;
      expect(head.getAttribute('aria-hidden')).to.equal('true');
      expect([...head.querySelectorAll('.level')].map((l) => l.textContent!.trim())).to.deep.equal(['✖Red', '▲Amber', '✔Green']);
      const group = field(el, '/ratings/ms1-1/level');
      await group.updateComplete;
      expect(group.classList.contains('hide-label')).to.equal(true);
      // The criterion's text beside the radios names the group (no visually hidden legend repeating it, no aria-label).
      // The group's fieldset is its field (a light field) or in its shadow root.
      const fieldset = group.closest('fieldset') ?? inside(group).querySelector('fieldset')!;
      const named = el.shadowRoot!.getElementById(fieldset.getAttribute('aria-labelledby')!)!;
      expect(named.classList.contains('criterion-text')).to.equal(true);
      expect(named.textContent).to.contain('be approachable, make time for the trainee');
      expect(named.closest('[aria-hidden]')).to.equal(null);
      expect(fieldset.hasAttribute('aria-label')).to.equal(false);
      expect(inside(group).querySelector('legend')).to.equal(null);
      expect([...inside(group).querySelectorAll('label.option')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        '✖ Red',
        '▲ Amber',
        '✔ Green',
      ]);
      expect(el.shadowRoot!.querySelector('.scale-key')!.textContent).to.contain('no evidence yet of supporting trainee teachers');
    });

    it('groups standards under their sections', async () => {
      const el = await render('respond-guidelines-self-review');
      const sections = el.shadowRoot!.querySelectorAll('section.rubric-section');
      expect(sections.length).to.equal(4);
      expect(sections[0]!.querySelectorAll('section.standard').length).to.equal(3);
      expect(sections[0]!.querySelector('.standard-title')!.getAttribute('aria-level')).to.equal('4');
    });

    it('shows an error naming the problem for an unknown or invalid template, keeping the value', async () => {
      const el = await render('no-such-template', { keep: 1 });
      expect(el.shadowRoot!.querySelector('[part=schema-error]')!.textContent).to.contain('Unknown template "no-such-template"');
      expect(el.value).to.deep.equal({ keep: 1 });
      el.template = { ...(getTemplate('mensi-success-conditions') as RubricTemplate), standards: 'none' } as never;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=schema-error]')!.textContent).to.contain('template/standards');
    });

    it('shows invalid record data with its errors and keeps what it does not know', async () => {
      const record = { ...structuredClone(invalidExample.record), otherSystem: { keep: true } };
      const el = await render('itt-mentor-standards-rag', record);
      const summary = el.shadowRoot!.querySelector('[part=error-summary]')!;
      await waitUntil(() => !summary.hasAttribute('hidden'), 'the loaded record’s problems are shown once the form has painted');
      expect(el.problems.map((p) => p.pointer)).to.include.members(invalidExample.errors.map((e) => e.pointer));
      const group = field(el, '/ratings/ms1-1/level');
      await group.updateComplete;
      expect(inside(group).querySelector('[part=error]')!.textContent).to.not.equal('');
      const value = el.value as Record<string, unknown> & { ratings: Record<string, unknown> };
      expect(value['otherSystem']).to.deep.equal({ keep: true });
      expect(value.ratings['ms9-1']).to.deep.equal({ level: 'green' });
    });

    it('renders a 300-criterion rubric and updates the overall summary on one rating without re-rendering itself', async () => {
      const template = generatedTemplate(300);
      expect(validateTemplate(template)).to.deep.equal([]);
      const el = await render(template);
      expect(el.shadowRoot!.querySelectorAll('.criteria .field[data-kind=radio]').length).to.equal(300);
      expect(await summaryText(overall(el))).to.equal('Red 0 · Amber 0 · Green 0 · Not rated 300');
      let renders = 0;
      const original = el.render.bind(el);
      el.render = () => {
        renders++;
        return original();
      };
      const group = field(el, '/ratings/s7-c12/level');
      await group.updateComplete;
      inside(group).querySelectorAll('input')[2]!.click();
      await waitUntil(
        async () => (await summaryText(overall(el))) === 'Red 0 · Amber 0 · Green 1 · Not rated 299',
        'overall summary updated',
      );
      expect(await summaryText(standardSummary(el, 's7'))).to.equal('Red 0 · Amber 0 · Green 1 · Not rated 29');
      await el.updateComplete;
      expect(renders).to.equal(0);
    });
  });

  it('lines each rating option up under its level heading on a wide screen, and wraps them on a phone', async () => {
    await setViewport({ width: 1000, height: 800 });
    const el = await render();
    const heads = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-standard="ms1"] .criteria-head .level')].map((head) =>
      head.getBoundingClientRect(),
    );
    const radios = [...inside(field(el, '/ratings/ms1-1/level')).querySelectorAll('input')].map((input) => input.getBoundingClientRect());
    expect(heads.length).to.equal(3);
    expect(radios.length).to.equal(3);
    radios.forEach((radio, index) => {
      expect(radio.left, `option ${index} starts inside its heading`).to.be.within(heads[index]!.left, heads[index]!.right);
    });
    await setViewport({ width: 360, height: 800 });
    const labels = [...inside(field(el, '/ratings/ms1-1/level')).querySelectorAll('label')];
    // No column too narrow for its option: each label's radio, symbol and text fit inside it.
    for (const label of labels) expect(label.scrollWidth, label.textContent!).to.be.at.most(label.clientWidth);
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps each rating option inside its level column when the level labels are long (four levels, 1000 px)', async () => {
    await setViewport({ width: 1000, height: 800 });
    const el = await render('mensi-success-conditions');
    const rows = [...el.shadowRoot!.querySelectorAll('.criterion .options')];
    expect(rows.length).to.be.above(0);
    for (const row of rows) {
      const labels = [...row.querySelectorAll<HTMLElement>('label.option')];
      expect(labels.length).to.equal(4);
      // The radio, symbol and text of a level fit its column instead of running under the next level's radio.
      for (const label of labels) expect(label.scrollWidth, label.textContent!).to.be.at.most(label.clientWidth);
    }
    await setViewport({ width: 800, height: 600 });
  });

  describe('properties', () => {
    it('lets the respondent write everything but the reviewers’ comments', async () => {
      const el = await render('itt-mentor-standards-rag', filled(), 'mentor');
      expect(await isReadonly(el, '/standards/ms1/strengths')).to.equal(false);
      expect(await isReadonly(el, '/closing/reflection')).to.equal(false);
      expect(await isReadonly(el, '/closing/comments/school/text')).to.equal(true);
      expect(await isReadonly(el, '/closing/comments/university/text')).to.equal(true);
      const group = field(el, '/ratings/ms1-4/level');
      inside(group).querySelectorAll('input')[2]!.click();
      expect((el.value as Rubric).ratings['ms1-4']!.level).to.equal('green');
    });

    it('lets a commenting role write only its own comments, and a verifying role nothing', async () => {
      const el = await render('itt-mentor-standards-rag', filled(), 'school');
      expect(await isReadonly(el, '/closing/comments/school/text')).to.equal(false);
      expect(await isReadonly(el, '/closing/comments/university/text')).to.equal(true);
      expect(await isReadonly(el, '/standards/ms1/strengths')).to.equal(true);
      expect(await isReadonly(el, '/respondent/name')).to.equal(true);
      const group = field(el, '/ratings/ms1-4/level');
      inside(group).querySelectorAll('input')[2]!.click();
      expect((el.value as Rubric).ratings['ms1-4']!.level).to.equal('amber');
      el.role = 'headTeacher';
      await el.updateComplete;
      expect(await isReadonly(el, '/closing/comments/school/text')).to.equal(true);
      expect(await isReadonly(el, '/closing/reflection')).to.equal(true);
    });

    it('shows who verified the assessment from the record’s signatures, each unchanged since signing', async () => {
      const record = verified();
      record.signatures = record.signatures.filter((s) => s.role !== 'mentorRecognitionTeam');
      const el = await render('itt-mentor-standards-rag', record);
      await el.updateComplete;
      const items = [...el.shadowRoot!.querySelectorAll('.verifications [part=signoff]')];
      expect(items.map((i) => i.querySelector('h4')!.textContent)).to.deep.equal(['Head Teacher', 'Mentor Recognition Team']);
      expect(items[0]!.textContent).to.contain('Signed by Head Teacher');
      expect(items[0]!.textContent).to.contain('Unchanged since signing');
      expect(items[1]!.querySelector('mk-signature'), 'anyone may sign on a shared screen').to.exist;
    });

    it('edits the advanced part: achieved, evidence and mappings stored as { framework, ref }', async () => {
      const el = await render('advanced-mentor', structuredClone(advancedRecord));
      const mapsTo = field(el, '/advanced/pc4/mapsTo');
      await mapsTo.updateComplete;
      const boxes = [...inside(mapsTo).querySelectorAll<HTMLInputElement>('input')];
      const labels = [...inside(mapsTo).querySelectorAll('label.option')].map((l) => l.textContent!.trim());
      expect(boxes.filter((b) => b.checked).length).to.equal(1);
      expect(boxes[labels.indexOf('Mentor Standards 2')]!.checked).to.equal(true);
      boxes[labels.indexOf('Teaching 3')]!.click();
      const answer = (el.value as typeof advancedRecord).advanced.pc4;
      expect(answer.mapsTo).to.deep.equal([
        { framework: 'teaching', ref: '3' },
        { framework: 'mentor', ref: '2' },
      ]);
      expect(answer.evidence).to.deep.equal(['Observed and mentored trainees within school']);
      expect(validateRecord(el.value)).to.deep.equal([]);
    });

    it('reads its built-in text in the element’s language', async () => {
      const el = await fixture<MkRagRubric>(html`<mk-rag-rubric lang="nb" template="mensi-success-conditions"></mk-rag-rubric>`);
      expect(el.shadowRoot!.querySelector('#about')!.textContent).to.equal('Om deg');
      expect(el.shadowRoot!.querySelector('#overall')!.textContent).to.equal('Totalt');
      expect(await summaryText(overall(el))).to.contain('Ikke vurdert 6');
    });
  });

  describe('events', () => {
    it('fires mk-submit with a record valid against the shared schema', async () => {
      const el = await render('itt-mentor-standards-rag', filled());
      setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click());
      const event = (await oneEvent(el, 'mk-submit')) as MkSubmitEvent;
      expect(validateRecord(event.value)).to.deep.equal([]);
      expect(event.value).to.deep.equal(filled());
    });

    it('fires mk-invalid for a rating on a level the scale does not have', async () => {
      const record = filled();
      record.ratings['ms1-1'] = { level: 'blue' };
      const el = await render('itt-mentor-standards-rag', record);
      setTimeout(() => el.submit());
      const event = (await oneEvent(el, 'mk-invalid')) as MkInvalidEvent;
      expect(event.problems.map((p) => p.pointer)).to.deep.equal(['/ratings/ms1-1/level']);
    });
  });

  describe('keyboard', () => {
    it('rates with the arrow keys within a row and updates the record and both summaries', async () => {
      const el = await render();
      const group = field(el, '/ratings/ms1-2/level');
      await group.updateComplete;
      controlOf(group).focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      expect((el.value as Rubric).ratings['ms1-2']).to.deep.equal({ level: 'amber' });
      expect(await summaryText(standardSummary(el, 'ms1'))).to.equal('Red 0 · Amber 1 · Green 0 · Not rated 4');
      expect(await summaryText(overall(el))).to.equal('Red 0 · Amber 1 · Green 0 · Not rated 20');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      // The arrows wrap within the row, never into the next criterion.
      expect((el.value as Rubric).ratings['ms1-2']).to.deep.equal({ level: 'red' });
      expect((el.value as Rubric).ratings['ms1-3']).to.equal(undefined);
      expect(await summaryText(overall(el))).to.equal('Red 1 · Amber 0 · Green 0 · Not rated 20');
    });

    it('collapses a standard to its summary and expands it again by keyboard, keeping its values', async () => {
      const el = await render('itt-mentor-standards-rag', filled());
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-standard="ms2"] [part=toggle]')!;
      const body = el.shadowRoot!.querySelector<HTMLElement>('#standard-ms2-body')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(body.hidden).to.equal(true);
      expect(body.checkVisibility()).to.equal(false);
      expect(await summaryText(standardSummary(el, 'ms2'))).to.equal('Red 0 · Amber 1 · Green 2 · Not rated 6');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(body.hidden).to.equal(false);
      const strengths = field(el, '/standards/ms2/strengths');
      await strengths.updateComplete;
      expect(controlOf(strengths).value).to.equal(ittRecord.standards.ms2.strengths);
    });
  });

  describe('form', () => {
    it('submits the record as JSON under its name in a host form', async () => {
      const host = await fixture<HTMLFormElement>(
        html`<form>
          <mk-rag-rubric name="rubric" no-submit template="mensi-success-conditions"></mk-rag-rubric>
        </form>`,
      );
      const el = host.querySelector('mk-rag-rubric')!;
      await el.updateComplete;
      const group = field(el, '/ratings/sc3/level');
      await group.updateComplete;
      inside(group).querySelectorAll('input')[3]!.click();
      const strengths = field(el, '/standards/success-conditions/strengths');
      controlOf(strengths).focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: 'Shared goals' });
      const submitted = JSON.parse(new FormData(host).get('rubric') as string);
      expect(submitted.ratings).to.deep.equal({ sc3: { level: 'inter-connected' } });
      expect(submitted.standards['success-conditions'].strengths).to.equal('Shared goals');
      expect(submitted.template).to.deep.equal({ id: 'mensi-success-conditions', version: '1.0.0' });
      expect(validateRecord(submitted)).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('is accessible empty', async () => {
      await expect(await render()).to.be.accessible();
    });

    it('is accessible with invalid data after submit', async () => {
      const record = filled();
      record.ratings['ms1-1'] = { level: 'blue' };
      const el = await render('itt-mentor-standards-rag', record);
      await el.submit();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=error-summary]')!.hasAttribute('hidden')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('is accessible filled, with standards collapsed, in a reviewer’s role', async () => {
      const el = await render('itt-mentor-standards-rag', filled(), 'university');
      el.toggleStandard('ms1');
      el.toggleStandard('ms3');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible read-only', async () => {
      const el = await render('itt-mentor-standards-rag', filled());
      el.readonly = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    for (const id of rubricTemplates.slice(1)) {
      it(`is accessible with ${id}`, async () => {
        const el = await render(id);
        await expect(el).to.be.accessible();
      });
    }
  });
});
