import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { localise, type LocalisedText, type MkInvalidEvent, type MkSubmitEvent } from '@mentorkit/core';
import { getTemplate, validateRecord, type PlanRecord, type PlanTemplate } from '@mentorkit/schemas';
import respondRecord from '../../../../schemas/examples/valid/respond-development-plan.record.json' with { type: 'json' };
import ihubRecord from '../../../../schemas/examples/valid/ihub4schools-process-model.record.json' with { type: 'json' };
import '../define/development-plan.js';
import type { MkDevelopmentPlan } from './development-plan.js';
import { controlOf, fieldAt, type FoundField, inside } from '../../../../test/support/fields.js';

/** Template text as the English page shows it (the built-in templates are in five languages). */
const en = (text: LocalisedText | undefined) => localise(text, 'en');

type Plan = PlanRecord & Record<string, unknown>;

const templates = ['respond-development-plan', 'ihub4schools-process-model', 'mensi-steps-plan'] as const;
const respond = () => structuredClone(respondRecord) as Plan;
const ihub = () => structuredClone(ihubRecord) as Plan;

const field = fieldAt;

/** A field inside an array item (array items render in the array's shadow root). */
async function itemField(el: HTMLElement, arrayPath: string, path: string): Promise<FoundField> {
  const array = field(el, arrayPath);
  await array.updateComplete;
  return inside(array).querySelector(`[path="${path}"]`) as FoundField;
}

/** `fill`: the value is a new plan the host prefilled (`fill-defaults`), not a loaded one. */
async function render(template: string, value: unknown = undefined, { role = '', today = '2025-12-05', fill = false } = {}) {
  const el = await fixture<MkDevelopmentPlan>(
    html`<mk-development-plan
      template=${template}
      user-role=${role}
      today=${today}
      ?fill-defaults=${fill}
      .value=${value}
    ></mk-development-plan>`,
  );
  await el.updateComplete;
  return el;
}

async function typeInto(target: HTMLElement, text: string) {
  controlOf(target).focus();
  await sendKeys({ press: 'End' });
  await sendKeys({ type: text });
}

async function textOf(el: HTMLElement, selector: string): Promise<string> {
  const part = el.shadowRoot!.querySelector(selector) as HTMLElement & { updateComplete: Promise<boolean> };
  await part.updateComplete;
  return part.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

async function schedule(el: HTMLElement): Promise<{ date: string; state: string }[]> {
  const part = el.shadowRoot!.querySelector('mk-plan-review-schedule')!;
  await part.updateComplete;
  return [...part.shadowRoot!.querySelectorAll('li')].map((li) => ({ date: li.dataset['date']!, state: li.dataset['state']! }));
}

function readonlyOf(f: FoundField): boolean {
  const control = inside(f).querySelector('input, textarea') as HTMLInputElement;
  return control.readOnly || control.disabled;
}

describe('<mk-development-plan>', () => {
  describe('rendering', () => {
    for (const id of templates) {
      it(`renders every step of ${id} with its guidance and prompts`, async () => {
        const template = getTemplate(id) as PlanTemplate;
        const el = await render(id);
        const root = el.shadowRoot!;
        expect(root.querySelector('[part=schema-error]')).to.equal(null);
        expect(root.querySelector('h2')!.textContent).to.equal(en(template.title));
        const steps = [...root.querySelectorAll<HTMLElement>('section.step')];
        expect(steps.map((s) => s.dataset['step'])).to.deep.equal(template.steps.map((s) => s.id));
        for (const step of template.steps) {
          const section = root.querySelector(`section.step[data-step="${step.id}"]`)!;
          expect(section.querySelector('.step-title')!.textContent).to.equal(en(step.title));
          if (step.guidance) expect(section.querySelector('.guidance')!.textContent).to.equal(en(step.guidance));
          for (const prompt of step.prompts ?? []) {
            const answer = field(el, `/steps/${step.id}/answers/${prompt.id}`);
            await answer.updateComplete;
            expect(answer.getAttribute('data-kind')).to.equal('textarea');
            expect(inside(answer).querySelector('label')!.textContent).to.contain(en(prompt.text));
          }
          expect(field(el, `/steps/${step.id}/actions`).tagName).to.equal('MK-ARRAY');
          expect(field(el, `/steps/${step.id}/evidence`).tagName).to.equal('MK-ARRAY');
        }
        if (template.stages)
          expect([...root.querySelectorAll('.stage > h4')].map((h) => h.textContent)).to.deep.equal(
            template.stages.map((s) => en(s.title)),
          );
      });
    }

    it('shows the header the template asks for, the usage note, a one-year timeline and the default goal', async () => {
      const el = await render('respond-development-plan');
      const root = el.shadowRoot!;
      expect(root.querySelector('[part=usage]')!.textContent).to.contain('adjusted/discussed with a supervisor');
      for (const id of ['name', 'date', 'position', 'organisation']) expect(field(el, `/header/${id}`), id).to.exist;
      expect((el.value as Plan).goal).to.equal('To improve professional competence and expand knowledge and skills in teaching practices');
      el.store.set('/timeline/start', '2025-09-01');
      expect((el.value as Plan).timeline).to.deep.equal({ start: '2025-09-01', end: '2026-08-31' });
      el.store.set('/timeline/start', '2025-10-01');
      expect((el.value as Plan).timeline!.end, 'an end already set is kept').to.equal('2026-08-31');

      const mensi = await render('mensi-steps-plan');
      const name = field(mensi, '/header/name');
      await name.updateComplete;
      expect(inside(name).querySelector('label')!.textContent).to.contain('School');
      expect(field(mensi, '/header/position')).to.equal(null);
      expect(mensi.shadowRoot!.querySelector('[part=usage]')!.textContent).to.contain('STEPS Plan');
    });

    it('shows an error naming the problem for an unknown or invalid template, keeping the value', async () => {
      const el = await render('no-such-template', { keep: 1 });
      expect(el.shadowRoot!.querySelector('[part=schema-error]')!.textContent).to.contain('Unknown template "no-such-template"');
      expect(el.value).to.deep.equal({ keep: 1 });
      el.template = { ...(getTemplate('mensi-steps-plan') as PlanTemplate), steps: [] };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=schema-error]')!.textContent).to.contain('template/steps');
      el.template = 'respond-observation';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=schema-error]')!.textContent).to.contain('edits "plan" documents');
    });
  });

  describe('properties', () => {
    it('lets a teacher write the plan but not the reviews, and a supervisor the reviews only', async () => {
      const el = await render('respond-development-plan', respond(), { role: 'teacher' });
      const name = field(el, '/header/name');
      const answer = field(el, '/steps/step-1/answers/step-1-a');
      const progress = await itemField(el, '/reviews', '/reviews/0/progress');
      await name.updateComplete;
      await answer.updateComplete;
      expect(readonlyOf(name)).to.equal(false);
      expect(readonlyOf(answer)).to.equal(false);
      expect(readonlyOf(progress)).to.equal(true);
      expect(inside(field(el, '/reviews')).querySelector('button.add')).to.equal(null);

      el.role = 'supervisor';
      await el.updateComplete;
      await Promise.all([name.updateComplete, answer.updateComplete, progress.updateComplete]);
      expect(readonlyOf(name)).to.equal(true);
      expect(readonlyOf(answer)).to.equal(true);
      expect(readonlyOf(field(el, '/goal'))).to.equal(true);
      expect(readonlyOf(progress)).to.equal(false);
      const actions = field(el, '/steps/step-3/actions');
      await actions.updateComplete;
      expect(inside(actions).querySelector('button.add')).to.equal(null);
      expect(inside(field(el, '/reviews')).querySelector('button.add')).to.exist;
    });

    it('shows the next review due and the overdue ones relative to the timeline and today', async () => {
      const el = await render('respond-development-plan', respond(), { today: '2025-11-20' });
      expect(await schedule(el)).to.deep.equal([
        { date: '2025-12-01', state: 'done' },
        { date: '2026-03-01', state: 'next' },
        { date: '2026-06-01', state: 'upcoming' },
        { date: '2026-08-31', state: 'upcoming' },
      ]);
      expect(await textOf(el, 'mk-plan-review-schedule')).to.contain('Next review due: Mar 1, 2026');
      el.today = '2026-06-10';
      await el.updateComplete;
      expect((await schedule(el)).map((d) => d.state)).to.deep.equal(['done', 'overdue', 'overdue', 'next']);
      const text = await textOf(el, 'mk-plan-review-schedule');
      expect(text).to.contain('Overdue: Mar 1, 2026, Jun 1, 2026');
      expect(text).to.contain('Next review due: Aug 31, 2026');
      el.store.set('/reviews/1', { date: '2026-06-12', progress: 'Late review' });
      expect((await schedule(el)).map((d) => d.state)).to.deep.equal(['done', 'done', 'overdue', 'next']);
      el.store.set('/timeline/end', '2026-02-28');
      expect((await schedule(el)).map((d) => `${d.date} ${d.state}`)).to.deep.equal(['2025-12-01 done', '2026-02-28 done']);
      expect(await textOf(el, 'mk-plan-review-schedule')).to.contain('All reviews are done.');
      el.store.set('/timeline', undefined);
      expect(await textOf(el, 'mk-plan-review-schedule')).to.contain('Set the start and end of the timeline');
    });

    it('sets no timeline and no review due dates where the template has none (iHub4Schools, STEPS), and keeps a place per step to write what was decided', async () => {
      for (const id of ['ihub4schools-process-model', 'mensi-steps-plan'] as const) {
        const el = await render(id, id === 'ihub4schools-process-model' ? ihub() : undefined, { today: '2027-01-01' });
        const root = el.shadowRoot!;
        expect(field(el, '/timeline'), `${id}: no timeline`).to.equal(null);
        expect(root.querySelector('mk-plan-review-schedule'), `${id}: no due dates, so nothing overdue`).to.equal(null);
        expect(root.textContent).not.to.contain('Overdue');
        for (const step of (getTemplate(id) as PlanTemplate).steps) {
          const decisions = field(el, `/steps/${step.id}/decisions`);
          await decisions.updateComplete;
          expect(inside(decisions).querySelector('label')!.textContent, `${id} ${step.id}`).to.contain('What was decided');
        }
      }
      const el = await render('ihub4schools-process-model', ihub());
      const anchoring = field(el, '/steps/anchoring/decisions');
      await anchoring.updateComplete;
      expect(controlOf(anchoring).value).to.contain('core team');
      await typeInto(anchoring, ' First meeting on 12 September.');
      expect((el.value as Plan).steps!['anchoring']!.decisions).to.match(/\(3 persons\)\. First meeting on 12 September\.$/);
      expect(validateRecord(el.value)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('uses the template’s review cadence', async () => {
      const template = { ...(getTemplate('mensi-steps-plan') as PlanTemplate), reviewCadence: { interval: 'P1M' } };
      const el = await render('', { timeline: { start: '2026-01-01', end: '2026-03-31' } }, { today: '2026-01-01' });
      el.template = template;
      await el.updateComplete;
      expect((await schedule(el)).map((d) => d.date)).to.deep.equal(['2026-02-01', '2026-03-01', '2026-03-31']);
      expect(await textOf(el, 'mk-plan-review-schedule')).to.contain('Every 1 months');
    });

    it('switches optional steps off and on without losing what was written', async () => {
      const el = await render('ihub4schools-process-model', ihub());
      const section = el.shadowRoot!.querySelector('section.step[data-step="mapping"]')!;
      const body = section.querySelector<HTMLElement>('.step-body')!;
      const note = section.querySelector<HTMLElement>('.left-out')!;
      const toggle = field(el, '/steps/mapping/enabled');
      await toggle.updateComplete;
      expect(body.hidden).to.equal(false);
      expect(note.hidden).to.equal(true);
      inside(toggle).querySelector('input')!.click();
      expect(body.hidden).to.equal(true);
      expect(note.hidden).to.equal(false);
      const mapping = () => (el.value as Plan).steps!['mapping']!;
      expect(mapping().enabled).to.equal(false);
      expect(mapping().answers).to.deep.equal(ihub().steps!['mapping']!.answers);
      expect(mapping().methods).to.deep.equal(['selfie-schools', 'digipeda']);
      expect(await textOf(el, 'mk-plan-progress'), 'a step switched off is not counted').to.contain(
        'Done 2 · In progress 0 · Not started 3',
      );
      inside(toggle).querySelector('input')!.click();
      expect(body.hidden).to.equal(false);
      expect(mapping()).to.deep.equal({ ...ihub().steps!['mapping'], enabled: true });
      const answer = field(el, '/steps/mapping/answers/mapping-1');
      await answer.updateComplete;
      expect(controlOf(answer).value).to.equal('Portfolios are used by few teachers.');
      expect(field(el, '/steps/joint-planning/enabled')).to.exist;
      expect(el.shadowRoot!.querySelector('section.step[data-step="joint-planning"] .step-body')!.hasAttribute('hidden')).to.equal(true);
      expect(validateRecord(el.value)).to.deep.equal([]);
    });

    it('names a problem in a step switched off as hidden, and leads to the switch that shows it', async () => {
      const record = ihub();
      record.steps!['mapping'] = { ...record.steps!['mapping']!, enabled: false, actions: [{ action: '', status: 'planned' }] } as never;
      const el = await render('ihub4schools-process-model', record);
      await el.validationReady;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.focus();
      await sendKeys({ press: 'Enter' });
      const summary = el.shadowRoot!.querySelector<HTMLElement>('[part=error-summary]')!;
      await waitUntil(() => el.shadowRoot!.activeElement === summary, 'the summary takes the focus');
      const items = () => [...summary.querySelectorAll('li')].map((li) => li.textContent!.trim());
      const toggle = field(el, '/steps/mapping/enabled');
      const switchLabel = inside(toggle).querySelector('label')!.textContent!.trim();
      expect(items()).to.deep.equal([
        `Action: Please use at least 1 character. It is in a part of the form that your answer to “${switchLabel}” hides.`,
      ]);
      summary.querySelector('a')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(el.shadowRoot!.activeElement).to.equal(controlOf(toggle));
      await sendKeys({ press: 'Space' });
      await waitUntil(() => !items()[0]!.includes('hides'), 'the step shows: the item no longer says it is hidden');
      summary.querySelector('a')!.focus();
      await sendKeys({ press: 'Enter' });
      const action = await itemField(el, '/steps/mapping/actions', '/steps/mapping/actions/0/action');
      expect((action.getRootNode() as ShadowRoot).activeElement === controlOf(action), 'the action field has the focus').to.equal(true);
    });

    it('loads a record as it is: a step without `enabled` shows switched on, and nothing is written until the user edits', async () => {
      const loaded = ihub();
      delete loaded.steps!['mapping']!.enabled;
      delete loaded.steps!['initiative']!.enabled;
      const text = JSON.stringify(loaded);
      const el = await render('ihub4schools-process-model', structuredClone(loaded));
      const toggle = field(el, '/steps/mapping/enabled');
      await toggle.updateComplete;
      expect(inside(toggle).querySelector('input')!.checked, 'the default is offered').to.equal(true);
      expect(el.shadowRoot!.querySelector<HTMLElement>('section.step[data-step="mapping"] .step-body')!.hidden).to.equal(false);
      expect(JSON.stringify(el.value), 'byte for byte').to.equal(text);
      inside(toggle).querySelector('input')!.click();
      expect((el.value as Plan).steps!['mapping']!.enabled).to.equal(false);
      expect((el.value as Plan).steps!['initiative'], 'the other step untouched').to.deep.equal(loaded.steps!['initiative']);
    });

    it('reads its built-in text in the element’s language', async () => {
      const el = await fixture<MkDevelopmentPlan>(
        html`<mk-development-plan lang="nb" template="respond-development-plan" today="2025-12-05"></mk-development-plan>`,
      );
      expect([...el.shadowRoot!.querySelectorAll('section > h3')].map((h) => h.textContent)).to.deep.equal([
        'Planen',
        'Fremdrift',
        'Steg',
        'Gjennomganger',
      ]);
      expect(await textOf(el, 'mk-plan-progress')).to.contain('Utført 0');
    });
  });

  describe('events', () => {
    it('updates the progress as step and action statuses change, counting only the step that changed', async () => {
      const el = await render('respond-development-plan', respond());
      expect(await textOf(el, 'mk-plan-progress')).to.contain('Steps: Done 1 · In progress 1 · Not started 8');
      expect(await textOf(el, 'mk-plan-progress')).to.contain('Planned actions: Done 1 · In progress 0 · Not started 0 · Not done 1');
      const status = field(el, '/steps/step-2/status');
      await status.updateComplete;
      inside(status).querySelectorAll('input')[2]!.click();
      expect(await textOf(el, 'mk-plan-progress')).to.contain('Steps: Done 2 · In progress 1 · Not started 7');
      el.store.set('/steps/step-3/actions/1/status', 'inProgress');
      expect(await textOf(el, 'mk-plan-progress')).to.contain('Planned actions: Done 1 · In progress 1 · Not started 0');
      const progress = el.shadowRoot!.querySelector('mk-plan-progress')!;
      const before = progress.shadowRoot!.innerHTML;
      await typeInto(field(el, '/steps/step-1/answers/step-1-a'), ' More.');
      await progress.updateComplete;
      expect(progress.shadowRoot!.innerHTML, 'typing an answer does not touch the counts').to.equal(before);
    });

    it('fires mk-submit with a record valid against the shared schema', async () => {
      const el = await render('respond-development-plan', respond());
      setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click());
      const event = (await oneEvent(el, 'mk-submit')) as MkSubmitEvent;
      expect(validateRecord(event.value)).to.deep.equal([]);
    });

    it('fires mk-invalid with the template’s required header fields and a dropped action without reason', async () => {
      const record = respond();
      delete record.header!.name;
      delete record.steps!['step-3']!.actions![1]!.reason;
      const el = await render('respond-development-plan', record);
      setTimeout(() => el.submit());
      const event = (await oneEvent(el, 'mk-invalid')) as MkInvalidEvent;
      expect(event.problems.map((p) => `${p.pointer} ${p.keyword}`)).to.include.members([
        '/header/name required',
        '/steps/step-3/actions/1/reason required',
      ]);
    });
  });

  describe('keyboard', () => {
    it('adds and edits an action by keyboard; "not done" reveals the reason', async () => {
      const el = await render('mensi-steps-plan', { header: { name: 'GO! Basisschool Noord' } }, { fill: true });
      const actions = field(el, '/steps/share/actions');
      await actions.updateComplete;
      inside(actions).querySelector<HTMLButtonElement>('button.add')!.focus();
      await sendKeys({ press: 'Enter' });
      await actions.updateComplete;
      await sendKeys({ type: 'Share our BYOD practice' });
      const action = () => (el.value as Plan).steps!['share']!.actions![0]!;
      expect(action()).to.deep.equal({ action: 'Share our BYOD practice', status: 'planned' });
      const reason = await itemField(el, '/steps/share/actions', '/steps/share/actions/0/reason');
      expect(reason.parentElement!.hidden).to.equal(true);
      const status = await itemField(el, '/steps/share/actions', '/steps/share/actions/0/status');
      controlOf(status).focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(action().status).to.equal('inProgress');
      expect(reason.parentElement!.hidden).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(action().status).to.equal('dropped');
      expect(reason.parentElement!.hidden).to.equal(false);
      expect(el.problems.map((p) => p.pointer)).to.include('/steps/share/actions/0/reason');
      await typeInto(reason, 'The hub meeting was cancelled.');
      expect(action().reason).to.equal('The hub meeting was cancelled.');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'ArrowUp' });
      expect(action().status).to.equal('done');
      expect(reason.parentElement!.hidden).to.equal(true);
      expect(action().reason, 'hidden, not deleted').to.equal('The hub meeting was cancelled.');
      expect(validateRecord(el.value)).to.deep.equal([]);
      expect(await textOf(el, 'mk-plan-progress')).to.contain('Planned actions: Done 1');
    });
  });

  describe('form', () => {
    it('submits the record as JSON under its name in a host form', async () => {
      const host = await fixture<HTMLFormElement>(
        html`<form>
          <mk-development-plan name="plan" no-submit template="respond-development-plan" .value=${respond()}></mk-development-plan>
        </form>`,
      );
      const el = host.querySelector('mk-development-plan')!;
      await el.updateComplete;
      await typeInto(field(el, '/goal'), ' And assessment.');
      const submitted = JSON.parse(new FormData(host).get('plan') as string);
      expect(submitted.goal).to.match(/classroom management\. And assessment\.$/);
      expect(validateRecord(submitted)).to.deep.equal([]);
    });

    it('takes a plan through a year: steps, actions and four quarterly reviews, then submits a valid record', async () => {
      const el = await render('respond-development-plan', {}, { today: '2025-09-01', fill: true });
      const set = (pointer: string, value: unknown) => el.store.set(pointer, value);
      await typeInto(field(el, '/header/name'), 'Marco Rossi');
      set('/header/date', '2025-09-01');
      set('/timeline/start', '2025-09-01');
      expect((el.value as Plan).timeline!.end).to.equal('2026-08-31');
      expect((await schedule(el)).map((d) => d.state)).to.deep.equal(['next', 'upcoming', 'upcoming', 'upcoming']);

      const quarters = [
        { today: '2025-12-01', step: 'step-1', action: 'List three areas to improve', status: 'done' },
        { today: '2026-03-02', step: 'step-3', action: 'Observe two colleagues', status: 'done' },
        { today: '2026-06-01', step: 'step-4', action: 'Meet my mentor monthly', status: 'inProgress' },
        { today: '2026-08-31', step: 'step-7', action: 'Try starter cards', status: 'dropped' },
      ];
      for (const [q, quarter] of quarters.entries()) {
        el.today = quarter.today;
        await el.updateComplete;
        const states = (await schedule(el)).map((d) => d.state);
        expect(states[q], `quarter ${q + 1} before its review`).to.be.oneOf(['next', 'overdue']);
        await typeInto(field(el, `/steps/${quarter.step}/answers/${quarter.step}-a`), `Quarter ${q + 1} reflection`);
        set(`/steps/${quarter.step}/actions`, [
          {
            action: quarter.action,
            due: quarter.today,
            status: quarter.status,
            ...(quarter.status === 'dropped' ? { reason: 'No time' } : {}),
          },
        ]);
        set(`/steps/${quarter.step}/status`, quarter.status === 'dropped' ? 'inProgress' : quarter.status);
        const reviews = field(el, '/reviews');
        await reviews.updateComplete;
        inside(reviews).querySelector<HTMLButtonElement>('button.add')!.focus();
        await sendKeys({ press: 'Enter' });
        set(`/reviews/${q}/date`, quarter.today);
        set(`/reviews/${q}/reviewer`, { name: 'Anna Berg' });
        await typeInto(await itemField(el, '/reviews', `/reviews/${q}/progress`), `Quarter ${q + 1}: on track`);
        expect((await schedule(el)).filter((d) => d.state === 'done').length).to.equal(q + 1);
      }
      expect(await textOf(el, 'mk-plan-review-schedule')).to.contain('All reviews are done.');
      expect(await textOf(el, 'mk-plan-progress')).to.contain('Steps: Done 2 · In progress 2 · Not started 6');
      expect(await textOf(el, 'mk-plan-progress')).to.contain('Planned actions: Done 2 · In progress 1 · Not started 0 · Not done 1');
      setTimeout(() => el.submit());
      const event = (await oneEvent(el, 'mk-submit')) as MkSubmitEvent;
      const record = event.value as Plan;
      expect(validateRecord(record)).to.deep.equal([]);
      expect(record.reviews!.map((r) => r.date)).to.deep.equal(quarters.map((q) => q.today));
      expect(record.steps!['step-7']!.actions![0]!.reason).to.equal('No time');
    });
  });

  describe('accessibility', () => {
    it('is accessible empty and invalid after submit', async () => {
      const el = await render('respond-development-plan', {}, { today: '2026-06-10' });
      await expect(el).to.be.accessible();
      await el.submit();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible filled, for the supervisor and read-only', async () => {
      const el = await render('respond-development-plan', respond(), { role: 'supervisor', today: '2026-06-10' });
      await expect(el).to.be.accessible();
      el.role = 'teacher';
      el.readonly = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible with stages and a step switched off', async () => {
      const el = await render('ihub4schools-process-model', ihub());
      await waitUntil(() => el.shadowRoot!.querySelector('section.step[data-step="joint-planning"] .step-body')!.hasAttribute('hidden'));
      await expect(el).to.be.accessible();
    });

    it('is accessible with the reason of an action not done shown', async () => {
      const el = await render('mensi-steps-plan', { steps: { share: { actions: [{ action: 'x', status: 'dropped' }] } } });
      const reason = await itemField(el, '/steps/share/actions', '/steps/share/actions/0/reason');
      expect(reason.parentElement!.hidden).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });
});
