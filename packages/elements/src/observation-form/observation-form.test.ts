import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MkInvalidEvent, MkSubmitEvent } from '@mentorkit/core';
import { validateRecord } from '@mentorkit/schemas';
import filledRecord from '../../../../schemas/examples/valid/respond-observation.record.json' with { type: 'json' };
import '../define/observation-form.js';
import { axNodes } from '../../../../test/support/ax-tree.js';
import { controlOf, fieldAt, inside } from '../../../../test/support/fields.js';
import type { MkObservationForm } from './observation-form.js';

const field = fieldAt;

async function render(value: unknown = undefined, role = '') {
  const el = await fixture<MkObservationForm>(
    html`<mk-observation-form template="respond-observation" user-role=${role} .value=${value}></mk-observation-form>`,
  );
  await el.updateComplete;
  return el;
}

async function typeInto(target: HTMLElement, text: string) {
  controlOf(target).focus();
  await sendKeys({ press: 'End' });
  await sendKeys({ type: text });
}

const filled = () => structuredClone(filledRecord);

describe('<mk-observation-form>', () => {
  describe('rendering', () => {
    it('renders the sections of the source form with the template’s points and scale', async () => {
      const el = await render();
      const root = el.shadowRoot!;
      expect(root.querySelector('h2')!.textContent).to.equal('Observation form: Peer-to-peer observation');
      expect([...root.querySelectorAll('section h3')].map((h) => h.textContent)).to.deep.equal([
        'Information',
        'Observation points',
        'Notes',
        'Feedback',
        'Action plan',
        'Signature',
      ]);
      const groups = root.querySelectorAll('.points .field[data-kind=radio]');
      expect(groups.length).to.equal(4);
      const first = groups[0]!;
      // The point's title beside the radios names the group (aria-labelledby), read once; no aria-label repeats it.
      const fieldset = first.closest('fieldset')!;
      expect(fieldset).to.equal(first);
      const named = root.getElementById(fieldset.getAttribute('aria-labelledby')!)!;
      expect(named.textContent).to.equal('Observation point 1');
      expect(named.closest('[aria-hidden]')).to.equal(null);
      expect(fieldset.hasAttribute('aria-label')).to.equal(false);
      const nodes = await axNodes();
      expect(nodes.filter((node) => node.role === 'radiogroup').map((node) => node.name)).to.deep.equal(
        [1, 2, 3, 4].map((n) => `Observation point ${n}`),
      );
      expect(nodes.filter((node) => node.role === 'StaticText' && node.name === 'Observation point 1').length).to.equal(1);
      expect([...first.querySelectorAll('label.option')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        '★ Very good',
        '● Good',
        '▲ Less good',
      ]);
      expect(root.querySelector('.attribution')!.textContent).to.contain('RESPOND project, 2024');
    });

    it('shows an error naming the problem for an unknown or invalid template, keeping the value', async () => {
      const el = await fixture<MkObservationForm>(
        html`<mk-observation-form template="no-such-template" .value=${{ keep: 1 }}></mk-observation-form>`,
      );
      expect(el.shadowRoot!.querySelector('[part=schema-error]')!.textContent).to.contain('Unknown template "no-such-template"');
      expect(el.value).to.deep.equal({ keep: 1 });
      const broken = { ...filled(), kind: 'observation', points: 'none' };
      el.template = broken as never;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=schema-error]')!.textContent).to.match(/template\//);
    });

    it('shows a filled record, and invalid record data with its errors without dropping anything', async () => {
      const record = { ...filled(), otherSystem: { keep: true } };
      record.ratings['point-2'] = { level: 'excellent' } as never;
      const el = await render(record);
      await el.updateComplete;
      expect(controlOf(field(el, '/information/observer/name')).value).to.equal('Anna Berg');
      const summary = el.shadowRoot!.querySelector('[part=error-summary]')!;
      await waitUntil(() => !summary.hasAttribute('hidden'), 'the loaded record’s problems are shown once the form has painted');
      expect(el.problems.map((p) => p.pointer)).to.include('/ratings/point-2/level');
      expect((el.value as { otherSystem: unknown }).otherSystem).to.deep.equal({ keep: true });
      expect((el.value as typeof record).information.observer.email).to.equal('anna.berg@example.org');
    });
  });

  describe('properties', () => {
    it('sets the author and date of the feedback from the host’s user as they type, never typed, and shows them', async () => {
      const el = await fixture<MkObservationForm>(
        html`<mk-observation-form
          template="respond-observation"
          user-role="observer"
          .user=${{ name: 'Anna Berg', id: 'u-17' }}
        ></mk-observation-form>`,
      );
      await el.updateComplete;
      controlOf(field(el, '/feedback/text')).focus();
      await sendKeys({ type: 'Clear aims; more wait time.' });
      await el.updateComplete;
      const record = el.value as { feedback: { text: string; author: unknown; date: string } };
      expect(record.feedback.text).to.equal('Clear aims; more wait time.');
      expect(record.feedback.author).to.deep.equal({ name: 'Anna Berg', id: 'u-17' });
      expect(record.feedback.date).to.equal(new Date().toISOString().slice(0, 10));
      expect(el.shadowRoot!.querySelector('.byline')!.textContent).to.contain('Written by Anna Berg');
      expect(
        validateRecord(el.value).filter((e) => e.pointer.startsWith('/feedback')),
        'the shared schema accepts the authored text',
      ).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('makes the reflection read-only for the observer and the observer’s parts read-only for the observed teacher', async () => {
      const el = await render(filled(), 'observer');
      const reflection = field(el, '/reflection/text');
      expect(controlOf(reflection).readOnly).to.equal(true);
      expect(controlOf(field(el, '/feedback/text')).readOnly).to.equal(false);
      el.role = 'observed';
      await el.updateComplete;
      const feedback = field(el, '/feedback/text');
      expect(controlOf(reflection).readOnly).to.equal(false);
      expect(controlOf(feedback).readOnly).to.equal(true);
      const rating = field(el, '/ratings/point-1/level');
      inside(rating).querySelectorAll('input')[2]!.click();
      expect((el.value as ReturnType<typeof filled>).ratings['point-1']!.level).to.equal('very-good');
    });

    it('reads its built-in text in the element’s language', async () => {
      const el = await fixture<MkObservationForm>(
        html`<mk-observation-form lang="fi" template="respond-observation"></mk-observation-form>`,
      );
      expect(el.shadowRoot!.querySelector('section h3')!.textContent).to.equal('Tiedot');
      expect(el.shadowRoot!.querySelector('[part=submit]')!.textContent!.trim()).to.equal('Lähetä');
    });
  });

  describe('events', () => {
    it('updates the summary as ratings change', async () => {
      const el = await render();
      const summary = el.shadowRoot!.querySelector('mk-scale-summary')!;
      await summary.updateComplete;
      expect(summary.shadowRoot!.textContent).to.contain('Very good 0 · Good 0 · Less good 0 · Not rated 4');
      const rating = field(el, '/ratings/point-3/level');
      controlOf(rating).focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      await summary.updateComplete;
      expect(summary.shadowRoot!.textContent).to.contain('Very good 0 · Good 1 · Less good 0 · Not rated 3');
    });

    it('fires mk-submit with a record valid against the shared schema', async () => {
      const el = await render(filled());
      setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click());
      const event = (await oneEvent(el, 'mk-submit')) as MkSubmitEvent;
      expect(validateRecord(event.value)).to.deep.equal([]);
    });

    it('fires mk-invalid when required information is missing', async () => {
      const el = await render();
      setTimeout(() => el.submit());
      const event = (await oneEvent(el, 'mk-invalid')) as MkInvalidEvent;
      expect(event.problems.map((p) => p.pointer)).to.include.members(['/information/date', '/information/observer']);
    });
  });

  describe('keyboard', () => {
    it('adds, fills, reorders and removes action-plan steps by keyboard', async () => {
      const el = await render(filled());
      const plan = field(el, '/actionPlan');
      await plan.updateComplete;
      plan.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.focus();
      await sendKeys({ press: 'Enter' });
      await plan.updateComplete;
      await sendKeys({ type: 'Visit a colleague’s lesson' });
      const steps = () => (el.value as ReturnType<typeof filled>).actionPlan.map((s) => s.step);
      expect(steps()).to.deep.equal(['Prepare starter cards for every table', 'Visit a colleague’s lesson']);
      plan.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.move-up')[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await plan.updateComplete;
      expect(steps()).to.deep.equal(['Visit a colleague’s lesson', 'Prepare starter cards for every table']);
      plan.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.remove')[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await plan.updateComplete;
      expect(steps()).to.deep.equal(['Visit a colleague’s lesson']);
    });
  });

  describe('editable points', () => {
    it('lets a mentor add, rename and reorder points by keyboard; ratings stay with their point', async () => {
      const record = filled();
      const el = await fixture<MkObservationForm>(
        html`<mk-observation-form template="respond-observation" editable-points .value=${record}></mk-observation-form>`,
      );
      await el.updateComplete;
      const editor = el.shadowRoot!.querySelector('[part=points-editor]') as HTMLElement & {
        updateComplete: Promise<boolean>;
        shadowRoot: ShadowRoot;
      };
      await editor.updateComplete;
      const array = editor.shadowRoot.querySelector('mk-array')!;
      await array.updateComplete;
      const changes: unknown[] = [];
      el.addEventListener('mk-template-change', (e) => changes.push(e.template));
      await typeInto(field(el, '/comments'), ' Edited before the points.');

      array.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.focus();
      await sendKeys({ press: 'Enter' });
      await array.updateComplete;
      await sendKeys({ type: 'Pupils explain their reasoning' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Three pupils explain aloud' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      const titles = () => [...el.shadowRoot!.querySelectorAll('.point-title')].map((t) => t.textContent!.trim().replace(/\s+/g, ' '));
      expect(titles().at(-1)).to.equal('Pupils explain their reasoning Three pupils explain aloud');
      expect(changes.length).to.be.greaterThan(0);

      const moveUp = array.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.move-up')[1]!;
      moveUp.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(titles().slice(0, 2)).to.deep.equal(['Observation point 2', 'Observation point 1']);
      expect((el.value as ReturnType<typeof filled>).comments).to.equal('A calm, well-prepared lesson. Edited before the points.');
      const firstRating = field(el, '/ratings/point-1/level');
      expect(inside(firstRating).querySelector<HTMLInputElement>('input:checked')!.closest('label')!.textContent).to.contain('Very good');
      expect((el.value as ReturnType<typeof filled>).ratings['point-1']!.level).to.equal('very-good');
      expect((el.value as ReturnType<typeof filled>).comments).to.equal('A calm, well-prepared lesson. Edited before the points.');
      await expect(el).to.be.accessible();
    });
  });

  describe('form', () => {
    it('submits the record as JSON under its name in a host form', async () => {
      const host = await fixture<HTMLFormElement>(
        html`<form>
          <mk-observation-form name="observation" no-submit template="respond-observation" .value=${filled()}></mk-observation-form>
        </form>`,
      );
      const el = host.querySelector('mk-observation-form')!;
      await el.updateComplete;
      await typeInto(field(el, '/comments'), ' Well done.');
      const submitted = JSON.parse(new FormData(host).get('observation') as string);
      expect(submitted.comments).to.equal('A calm, well-prepared lesson. Well done.');
      expect(validateRecord(submitted)).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('is accessible empty, filled, invalid after submit and read-only', async () => {
      const el = await render();
      await expect(el).to.be.accessible();
      await el.submit();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.value = filled();
      el.readonly = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
