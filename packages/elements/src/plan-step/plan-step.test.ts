import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MkInvalidEvent, MkSubmitEvent } from '@mentorkit/core';
import { validateRecord, type PlanRecord } from '@mentorkit/schemas';
import respondRecord from '../../../../schemas/examples/valid/respond-development-plan.record.json' with { type: 'json' };
import ihubRecord from '../../../../schemas/examples/valid/ihub4schools-process-model.record.json' with { type: 'json' };
import '../define/plan-step.js';
import type { MkPlanStep } from './plan-step.js';
import { controlOf, fieldAt, inside } from '../../../../test/support/fields.js';

type Plan = PlanRecord & Record<string, unknown>;

const respond = () => structuredClone(respondRecord) as Plan;
const ihub = () => structuredClone(ihubRecord) as Plan;

const field = fieldAt;

async function render(template: string, step: string, value: unknown = undefined, role = '') {
  const el = await fixture<MkPlanStep>(
    html`<mk-plan-step template=${template} step=${step} user-role=${role} .value=${value}></mk-plan-step>`,
  );
  await el.updateComplete;
  return el;
}

async function typeInto(target: HTMLElement, text: string) {
  controlOf(target).focus();
  await sendKeys({ press: 'End' });
  await sendKeys({ type: text });
}

describe('<mk-plan-step>', () => {
  describe('rendering', () => {
    it('renders one step of the plan: its title, guidance, prompts, actions, evidence and status', async () => {
      const el = await render('respond-development-plan', 'step-3', respond());
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('section.step').length).to.equal(1);
      expect(root.querySelector('h2')!.textContent).to.equal('Seeking Peer Observation');
      expect(root.querySelector('.guidance')!.textContent).to.contain('peer-to-peer observation');
      expect(field(el, '/steps/step-3/answers/step-3-a')).to.exist;
      expect(field(el, '/steps/step-3/actions')).to.exist;
      expect(field(el, '/steps/step-3/evidence')).to.exist;
      expect(field(el, '/steps/step-3/status')).to.exist;
      expect(field(el, '/header/name'), 'no other part of the plan').to.equal(null);
      expect(field(el, '/steps/step-1/answers/step-1-a')).to.equal(null);
    });

    it('names an unknown step and lists the template’s steps', async () => {
      const el = await render('mensi-steps-plan', 'teach-more');
      const error = el.shadowRoot!.querySelector('[part=schema-error]')!;
      expect(error.textContent).to.contain('Unknown step "teach-more"');
      expect(error.textContent).to.contain('share, teach, evidence, plan, support');
      el.step = 'teach';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=schema-error]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Teach');
    });
  });

  describe('properties', () => {
    it('edits only its step and keeps the rest of the whole record', async () => {
      const el = await render('respond-development-plan', 'step-1', respond());
      await typeInto(field(el, '/steps/step-1/answers/step-1-b'), ' Then discuss it.');
      const value = el.value as Plan;
      expect(value.steps!['step-1']!.answers!['step-1-b']).to.equal('Ask my mentor to observe an assessment lesson. Then discuss it.');
      const { steps: _changed, ...rest } = value;
      const { steps: _original, ...originalRest } = respond();
      expect(rest).to.deep.equal(originalRest);
      expect(value.steps!['step-3']).to.deep.equal(respond().steps!['step-3']);
    });

    it('switches an optional step off and on, keeping its answers', async () => {
      const el = await render('ihub4schools-process-model', 'mapping', ihub());
      const toggle = field(el, '/steps/mapping/enabled');
      await toggle.updateComplete;
      inside(toggle).querySelector('input')!.click();
      const body = el.shadowRoot!.querySelector<HTMLElement>('.step-body')!;
      expect(body.hidden).to.equal(true);
      expect((el.value as Plan).steps!['mapping']!.answers).to.deep.equal(ihub().steps!['mapping']!.answers);
      inside(toggle).querySelector('input')!.click();
      expect(body.hidden).to.equal(false);
      expect((el.value as Plan).steps!['mapping']).to.deep.equal({ ...ihub().steps!['mapping'], enabled: true });
    });

    it('is read-only for a supervisor', async () => {
      const el = await render('respond-development-plan', 'step-1', respond(), 'supervisor');
      const answer = field(el, '/steps/step-1/answers/step-1-a');
      await answer.updateComplete;
      expect(inside(answer).querySelector('textarea')!.readOnly).to.equal(true);
      el.role = 'teacher';
      await el.updateComplete;
      await answer.updateComplete;
      expect(inside(answer).querySelector('textarea')!.readOnly).to.equal(false);
    });
  });

  describe('events', () => {
    it('submits when its own step is valid, whatever the rest of the plan lacks', async () => {
      const record = respond();
      delete record.header!.name;
      const el = await render('respond-development-plan', 'step-1', record);
      setTimeout(() => el.submit());
      const event = (await oneEvent(el, 'mk-submit')) as MkSubmitEvent;
      expect((event.value as Plan).steps!['step-1']).to.deep.equal(record.steps!['step-1']);
      expect(validateRecord(event.value).map((p) => p.pointer)).to.deep.equal(['/header/name']);
    });

    it('fires mk-invalid with the problems of its step only', async () => {
      const record = respond();
      delete record.header!.name;
      delete record.steps!['step-3']!.actions![1]!.reason;
      const el = await render('respond-development-plan', 'step-3', record);
      setTimeout(() => el.submit());
      const event = (await oneEvent(el, 'mk-invalid')) as MkInvalidEvent;
      expect(event.problems.map((p) => `${p.pointer} ${p.keyword}`)).to.deep.equal(['/steps/step-3/actions/1/reason required']);
    });
  });

  describe('keyboard', () => {
    it('adds an action by keyboard', async () => {
      const el = await render('mensi-steps-plan', 'support', {});
      const actions = field(el, '/steps/support/actions');
      await actions.updateComplete;
      inside(actions).querySelector<HTMLButtonElement>('button.add')!.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Ask the hub for a visit' });
      expect((el.value as Plan).steps!['support']!.actions).to.deep.equal([{ action: 'Ask the hub for a visit', status: 'planned' }]);
    });
  });

  describe('form', () => {
    it('submits the whole record as JSON under its name in a host form', async () => {
      const host = await fixture<HTMLFormElement>(
        html`<form>
          <mk-plan-step name="plan" no-submit fill-defaults template="mensi-steps-plan" step="evidence" .value=${{}}></mk-plan-step>
        </form>`,
      );
      const el = host.querySelector('mk-plan-step')!;
      await el.updateComplete;
      el.store.set('/steps/evidence/status', 'inProgress');
      await el.updateComplete;
      const submitted = JSON.parse(new FormData(host).get('plan') as string);
      expect(submitted).to.deep.include({ kind: 'plan', template: { id: 'mensi-steps-plan', version: '1.1.0' } });
      expect(submitted.steps).to.deep.equal({ evidence: { status: 'inProgress' } });
    });
  });

  describe('accessibility', () => {
    it('is accessible empty, filled, invalid after submit and read-only', async () => {
      const el = await render('ihub4schools-process-model', 'mapping', {});
      await expect(el).to.be.accessible();
      el.value = { steps: { mapping: { actions: [{ status: 'dropped' }] } } };
      await el.submit();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.value = ihub();
      el.readonly = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
