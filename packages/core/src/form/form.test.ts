import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { controlOf, fieldAt, fieldsOfKind } from '../../../../test/support/fields.js';
import '../define/form.js';
import { MkForm as MkFormElement, type MkForm, type RecordValidator } from './form.js';
import type { MkInvalidEvent, MkSubmitEvent } from './events.js';

const observationSchema = {
  type: 'object',
  title: 'Observation',
  required: ['observer', 'date'],
  properties: {
    observer: { type: 'string', title: 'Observer', minLength: 2 },
    date: { type: 'string', format: 'date', title: 'Date' },
    email: { type: 'string', format: 'email', title: 'Email' },
    lessons: { type: 'integer', title: 'Lessons', minimum: 1, maximum: 10 },
    consent: { type: 'boolean', title: 'Consent' },
    level: {
      title: 'Level',
      oneOf: [
        { const: 'vg', title: 'Very good' },
        { const: 'g', title: 'Good' },
        { const: 'lg', title: 'Less good' },
      ],
    },
    subject: { type: 'string', title: 'Subject', enum: ['Maths', 'English', 'Science', 'History', 'Art'] },
    notes: { type: 'string', title: 'Notes', description: 'Free notes taken during the lesson' },
    place: {
      type: 'object',
      title: 'Place',
      properties: { school: { type: 'string', title: 'School' }, room: { type: 'string', title: 'Room' } },
    },
    steps: {
      type: 'array',
      title: 'Action plan',
      items: {
        type: 'object',
        title: 'Step',
        properties: { step: { type: 'string', title: 'Step' }, done: { type: 'boolean', title: 'Done', default: false } },
      },
    },
  },
};

async function renderForm(value: unknown = {}, extra: Partial<MkForm> = {}) {
  const el = await fixture<MkForm>(
    html`<mk-form .schema=${observationSchema} .ui=${{ notes: 'textarea' }} .value=${value} .validator=${extra.validator}></mk-form>`,
  );
  await el.updateComplete;
  return el;
}

const field = fieldAt;

/** Focuses a field's control (which selects its text, as Tab does) and types at the end of it. */
async function typeInto(target: HTMLElement, text: string) {
  if (target.shadowRoot) target.focus();
  else controlOf(target).focus();
  await sendKeys({ press: 'End' });
  await sendKeys({ type: text });
}

/** A form whose validator loads on demand (as a document element's does), with the loading in the test's hands. */
class LazyValidatorForm extends MkFormElement {
  load(loading: Promise<RecordValidator>): void {
    this.loadValidator(loading);
  }
}
customElements.define('test-lazy-validator-form', LazyValidatorForm);

describe('<mk-form>', () => {
  describe('rendering', () => {
    it("shows the schema's own title and description above its fields", async () => {
      const schema = {
        type: 'object',
        title: 'School visit',
        description: 'What a visiting mentor saw.',
        properties: { school: { type: 'string' } },
      };
      const el = await fixture<MkForm>(html`<mk-form .schema=${schema}></mk-form>`);
      const heading = el.shadowRoot!.querySelector('[part=heading]')!;
      expect(heading.querySelector('h2')!.textContent).to.equal('School visit');
      expect(heading.querySelector('p')!.textContent).to.equal('What a visiting mentor saw.');
      await expect(el).to.be.accessible();
    });

    it('renders a light field for every kind of property, with labels from titles', async () => {
      const el = await renderForm();
      const root = el.shadowRoot!;
      const kind = (path: string) => root.querySelector(`.field[path="${path}"]`)?.getAttribute('data-kind');
      expect(kind('/observer')).to.equal('text');
      expect(kind('/date')).to.equal('date');
      expect(controlOf(field(el, '/email')).type).to.equal('email');
      expect(kind('/lessons')).to.equal('number');
      expect(kind('/consent')).to.equal('checkbox');
      expect(kind('/level')).to.equal('radio');
      expect(kind('/subject')).to.equal('select');
      expect(kind('/notes')).to.equal('textarea');
      expect(
        root.querySelector('mk-text-field, mk-number-field, mk-radio-group, mk-select, mk-textarea, mk-checkbox, mk-checkbox-group'),
        'no field element',
      ).to.equal(null);
      expect(root.querySelector(`label[for="${controlOf(field(el, '/observer')).id}"]`)!.textContent).to.contain('Observer');
      expect(root.querySelector('fieldset.group > legend')!.textContent).to.equal('Place');
      expect(root.querySelector('mk-array[path="/steps"]')).to.exist;
      const level = fieldsOfKind(root, 'radio')[0]!;
      expect([...level.querySelectorAll('label.option')].map((l) => l.textContent!.trim())).to.deep.equal([
        'Very good',
        'Good',
        'Less good',
      ]);
    });

    it('renders an error panel naming the problem and where it is for an invalid schema', async () => {
      const el = await fixture<MkForm>(html`<mk-form .schema=${{ type: 'object', properties: { a: { type: 'strnig' } } }}></mk-form>`);
      const panel = el.shadowRoot!.querySelector('[part=schema-error]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.textContent).to.contain('Unknown type "strnig"');
      expect(panel.textContent).to.contain('/properties/a/type');
    });

    it('names a $ref that points at nothing, and no exception escapes', async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      const el = await fixture<MkForm>(
        html`<mk-form .schema=${{ type: 'object', properties: { date: { $ref: '#/$defs/missing' } } }}></mk-form>`,
      );
      await el.validationReady;
      await el.updateComplete;
      window.removeEventListener('error', onError);
      expect(el.shadowRoot!.querySelector('[part=schema-error]')!.textContent).to.contain('$ref "#/$defs/missing" points at nothing');
      expect(errors).to.deep.equal([]);
    });

    it('names an unknown widget in the UI map', async () => {
      const el = await fixture<MkForm>(html`<mk-form .schema=${observationSchema} .ui=${{ notes: 'wysiwyg' }}></mk-form>`);
      expect(el.shadowRoot!.querySelector('[part=schema-error]')!.textContent).to.contain('ui:notes');
    });

    it('renders text from the schema as text, never as HTML', async () => {
      const el = await fixture<MkForm>(
        html`<mk-form
          .schema=${{ type: 'object', title: '<b>x</b>', properties: { a: { type: 'string', title: '<img src=x onerror=alert(1)>' } } }}
        ></mk-form>`,
      );
      const f = field(el, '/a');
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(f.querySelector('label')!.textContent).to.contain('<img');
    });

    it('renders the signature widget for a signature property', async () => {
      const schema = { type: 'object', properties: { signedBy: { type: 'object', title: 'Signature', 'x-ui': { widget: 'signature' } } } };
      const el = await fixture<MkForm>(html`<mk-form .schema=${schema}></mk-form>`);
      const signature = field(el, '/signedBy');
      expect(signature.localName).to.equal('mk-signature');
      await signature.updateComplete;
      await typeInto(signature, 'Anna Berg');
      expect(el.value).to.deep.equal({ signedBy: { method: 'typed', typedName: 'Anna Berg' } });
    });

    it('shows the record’s problem at a signature once a submit is tried, and the record’s value when it is replaced', async () => {
      const schema = { type: 'object', properties: { signedBy: { type: 'object', title: 'Signature', 'x-ui': { widget: 'signature' } } } };
      const validator = (value: unknown) =>
        (value as { signedBy?: unknown }).signedBy ? [] : [{ pointer: '/signedBy', keyword: 'not', key: 'invalid', params: {} }];
      const el = await fixture<MkForm>(html`<mk-form .schema=${schema} .validator=${validator}></mk-form>`);
      const signature = field(el, '/signedBy') as HTMLElement & { updateComplete: Promise<boolean> };
      await signature.updateComplete;
      expect(signature.shadowRoot!.querySelector('[part=error]')?.textContent ?? '').to.equal('');
      expect(await el.submit()).to.equal(false);
      await signature.updateComplete;
      expect(signature.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('This value is not valid.');
      el.value = { signedBy: { method: 'typed', typedName: 'Kari Nordmann' } };
      await signature.updateComplete;
      expect(signature.shadowRoot!.querySelector('input')!.value).to.equal('Kari Nordmann');
    });

    it('renders fields that use keywords it does not know', async () => {
      const el = await fixture<MkForm>(
        html`<mk-form
          .schema=${{ type: 'object', properties: { a: { type: 'string', title: 'A', contentMediaType: 'text/html', if: { minLength: 1 } } } }}
        ></mk-form>`,
      );
      expect(field(el, '/a').getAttribute('data-kind')).to.equal('text');
    });
  });

  describe('properties', () => {
    it('shows the value it is given and keeps properties the schema does not know', async () => {
      const el = await renderForm({ observer: 'Ana', otherSystem: { id: 42 }, place: { room: 'B2', floor: 3 } });
      const observer = field(el, '/observer');
      expect(controlOf(observer).value).to.equal('Ana');
      await typeInto(observer, ' Lund');
      expect(el.value).to.deep.include({ observer: 'Ana Lund', otherSystem: { id: 42 } });
      expect((el.value as { place: unknown }).place).to.deep.equal({ room: 'B2', floor: 3 });
    });

    it('loads a record set before its schema once, keeps the host’s object as it was, and brings the record back on reset', async () => {
      const record = { observer: 'Ana', place: { room: 'B2' } };
      const el = document.createElement('mk-form');
      const reloads: string[] = [];
      el.store.onChange((pointer) => pointer === '' && reloads.push(pointer));
      el.value = record;
      const loaded = el.value;
      el.schema = observationSchema;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      expect(el.value, 'the schema kept the copy loaded with the record').to.equal(loaded);
      expect(reloads.length, 'the record was loaded once').to.equal(1);
      expect(controlOf(field(el, '/observer')).value).to.equal('Ana');
      await typeInto(field(el, '/observer'), ' Lund');
      expect(record.observer, 'the host’s object is not written').to.equal('Ana');
      el.schema = { ...observationSchema };
      await el.updateComplete;
      expect((el.value as { observer: string }).observer, 'a schema set again keeps the edit').to.equal('Ana Lund');
      el.formResetCallback();
      await el.updateComplete;
      expect(el.value).to.deep.equal(record);
      expect(controlOf(field(el, '/observer')).value).to.equal('Ana');
    });

    it('gives a loaded record back on every reset, after edits of text, list items and an alternative, and never writes the host’s object', async () => {
      const schema = {
        type: 'object',
        properties: {
          observer: observationSchema.properties.observer,
          steps: observationSchema.properties.steps,
          contact: {
            title: 'Contact',
            oneOf: [
              { title: 'Email', type: 'object', properties: { kind: { const: 'email' }, address: { type: 'string' } }, required: ['kind'] },
              {
                title: 'Telephone',
                type: 'object',
                properties: { kind: { const: 'phone' }, number: { type: 'string' } },
                required: ['kind'],
              },
            ],
          },
        },
      };
      const record = { observer: 'Ana', steps: [{ step: 'Plan', done: false }], contact: { kind: 'phone', number: '555' } };
      const asGiven = structuredClone(record);
      const el = await fixture<MkForm>(html`<mk-form .schema=${schema} .value=${record}></mk-form>`);
      await el.validationReady;
      await el.updateComplete;
      const list = () => el.shadowRoot!.querySelector('mk-array')!;
      const chooser = () => el.shadowRoot!.querySelector<HTMLSelectElement>('select[path="/contact"]')!;
      const edit = async () => {
        await typeInto(field(el, '/observer'), ' Lund');
        await typeInto(field(el, '/steps/0/step'), ' lessons');
        list().shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
        await list().updateComplete;
        await typeInto(field(el, '/steps/1/step'), 'Review');
        list().shadowRoot!.querySelector<HTMLButtonElement>('button.remove')!.click();
        await list().updateComplete;
        chooser().focus();
        await sendKeys({ press: 'ArrowUp' });
        await waitUntil(() => field(el, '/contact/address'));
        await typeInto(field(el, '/contact/address'), 'ana@example.org');
        expect(el.value).to.deep.include({ observer: 'Ana Lund', contact: { kind: 'email', address: 'ana@example.org' } });
        expect((el.value as typeof record).steps.map((s) => s.step)).to.deep.equal(['Review']);
        expect(record, 'the host’s object is not written').to.deep.equal(asGiven);
      };
      const expectLoaded = async () => {
        el.formResetCallback();
        await el.updateComplete;
        await list().updateComplete;
        expect(el.value).to.deep.equal(asGiven);
        expect(controlOf(field(el, '/observer')).value).to.equal('Ana');
        expect(controlOf(field(el, '/steps/0/step')).value).to.equal('Plan');
        expect(field(el, '/steps/1/step')).to.equal(null);
        expect(chooser().selectedOptions[0]!.textContent!.trim()).to.equal('Telephone');
        expect(controlOf(field(el, '/contact/number')).value).to.equal('555');
      };
      await edit();
      await expectLoaded();
      await edit();
      await expectLoaded();
      expect(record, 'the host’s object is not written').to.deep.equal(asGiven);
    });

    describe('defaults', () => {
      const schema = {
        type: 'object',
        required: ['agreed'],
        properties: {
          agreed: { type: 'boolean', title: 'Agreed' },
          cadence: { type: 'string', title: 'Cadence', default: 'monthly' },
          shared: { type: 'boolean', title: 'Shared', default: true },
        },
      };

      it('start a new record: no value set fills schema defaults and false for required booleans', async () => {
        const el = await fixture<MkForm>(html`<mk-form .schema=${schema}></mk-form>`);
        expect(JSON.stringify(el.value)).to.equal('{"agreed":false,"cadence":"monthly","shared":true}');
        el.value = { cadence: 'weekly' };
        el.value = undefined;
        expect(el.value, 'value = undefined starts a new record again').to.deep.equal({ agreed: false, cadence: 'monthly', shared: true });
      });

      it('are offered, not written, for a loaded record: it comes back byte for byte, and the user’s edit writes', async () => {
        const loaded = { note: 'kept', cadence: 'weekly' };
        const el = await fixture<MkForm>(html`<mk-form .schema=${schema} .value=${structuredClone(loaded)}></mk-form>`);
        expect(JSON.stringify(el.value)).to.equal(JSON.stringify(loaded));
        el.value = {};
        await el.updateComplete;
        expect(JSON.stringify(el.value)).to.equal('{}');
        expect(controlOf(field(el, '/cadence')).value, 'nothing shown as a value').to.equal('');
        expect((controlOf(field(el, '/cadence')) as HTMLInputElement).placeholder, 'the default is offered').to.equal('monthly');
        expect((controlOf(field(el, '/shared')) as HTMLInputElement).checked, 'a checkbox shows its default state').to.equal(true);
        await el.validationReady;
        expect(
          el.problems.map((p) => p.pointer),
          'what is missing is reported, not filled',
        ).to.deep.equal(['/agreed']);
        await typeInto(field(el, '/cadence'), 'yearly');
        expect(JSON.stringify(el.value)).to.equal('{"cadence":"yearly"}');
      });

      it('fill a record the host sets with fill-defaults (a new record it prefilled), without overwriting its data', async () => {
        const el = await fixture<MkForm>(html`<mk-form fill-defaults .schema=${schema} .value=${{ cadence: 'weekly' }}></mk-form>`);
        expect(el.value).to.deep.equal({ cadence: 'weekly', agreed: false, shared: true });
      });

      it('keep a loaded record byte for byte through a reset', async () => {
        const host = await fixture<HTMLFormElement>(
          html`<form><mk-form name="r" .schema=${schema} .value=${{ cadence: 'weekly' }}></mk-form></form>`,
        );
        const el = host.querySelector('mk-form')!;
        await typeInto(field(el, '/cadence'), 'x');
        host.reset();
        await el.updateComplete;
        expect(JSON.stringify(el.value)).to.equal('{"cadence":"weekly"}');
        expect(new FormData(host).get('r')).to.equal('{"cadence":"weekly"}');
      });
    });

    it('makes every field read-only with readonly', async () => {
      const el = await renderForm({ observer: 'Ana' });
      el.readonly = true;
      await el.updateComplete;
      expect(controlOf(field(el, '/observer')).readOnly).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part=submit]')).to.equal(null);
    });

    it('follows lang for built-in text', async () => {
      const el = await fixture<MkForm>(html`<mk-form lang="nb" .schema=${observationSchema}></mk-form>`);
      expect(el.shadowRoot!.querySelector('[part=submit]')!.textContent!.trim()).to.equal('Send inn');
    });

    it('shows and hides a field on another field’s value', async () => {
      const schema = {
        type: 'object',
        properties: { followUp: { type: 'boolean', title: 'Follow-up needed' }, when: { type: 'string', format: 'date', title: 'When' } },
      };
      const ui = { when: { showIf: { path: 'followUp', equals: true } } };
      const el = await fixture<MkForm>(html`<mk-form .schema=${schema} .ui=${ui}></mk-form>`);
      const wrapper = field(el, '/when').parentElement!;
      expect(wrapper.hidden).to.equal(true);
      const box = controlOf(field(el, '/followUp'));
      box.click();
      expect(wrapper.hidden).to.equal(false);
    });
  });

  describe('events', () => {
    it('lets input and change bubble from fields', async () => {
      const el = await renderForm();
      const inputEvent = oneEvent(el, 'input');
      await typeInto(field(el, '/observer'), 'K');
      await inputEvent;
      expect((el.value as { observer: string }).observer).to.equal('K');
      const changeEvent = oneEvent(el, 'change');
      controlOf(field(el, '/consent')).click();
      await changeEvent;
      expect((el.value as { consent: boolean }).consent).to.equal(true);
    });

    it('fires mk-invalid with problems in the shared shape and focuses the summary', async () => {
      const el = await renderForm({ email: 'nope' });
      await el.validationReady;
      setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click());
      const event = (await oneEvent(el, 'mk-invalid')) as MkInvalidEvent;
      const pointers = event.problems.map((p) => `${p.pointer} ${p.keyword}`).sort();
      expect(pointers).to.deep.equal(['/date required', '/email format', '/observer required']);
      await el.updateComplete;
      const summary = el.shadowRoot!.querySelector('[part=error-summary]')!;
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      expect(summary.textContent).to.contain('There are 3 problems');
      expect(summary.textContent).to.contain('Observer: Please fill in this field.');
    });

    it('asks for an array item that was added and left empty to be filled in', async () => {
      const schema = {
        type: 'object',
        properties: { followUps: { type: 'array', title: 'Follow-ups', items: { type: 'string', title: 'Follow-up', minLength: 1 } } },
      };
      const el = await fixture<MkForm>(html`<mk-form .schema=${schema}></mk-form>`);
      const list = el.shadowRoot!.querySelector<HTMLElement & { addItem(): Promise<void> }>('mk-array')!;
      await list.addItem();
      await el.validationReady;
      expect(await el.submit()).to.equal(false);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=error-summary]')!.textContent).to.contain('Follow-up: Please fill in this field.');
      expect(field(el, '/followUps/0').querySelector('[part=error]')!.textContent).to.contain('Please fill in this field.');
    });

    it('fires mk-submit with the record when valid', async () => {
      const el = await renderForm({ observer: 'Ana', date: '2026-11-24' });
      setTimeout(() => el.submit());
      const event = (await oneEvent(el, 'mk-submit')) as MkSubmitEvent;
      expect(event.value).to.deep.include({ observer: 'Ana', date: '2026-11-24' });
    });

    it('uses a given validator and shows its problems at the field they point to', async () => {
      const validator = (value: unknown) =>
        (value as { observer?: string }).observer === 'Bob' ? [{ pointer: '/observer', keyword: 'not', key: 'invalid', params: {} }] : [];
      const el = await renderForm({ observer: 'Bob', date: '2026-01-01' }, { validator });
      expect(await el.submit()).to.equal(false);
      const observer = field(el, '/observer');
      expect(observer.querySelector('[part=error]')!.textContent).to.contain('This value is not valid.');
      expect(observer.classList.contains('user-invalid'), 'styled invalid').to.equal(true);
      expect(controlOf(observer).getAttribute('aria-invalid')).to.equal('true');
      expect(controlOf(observer).getAttribute('aria-describedby')).to.equal(observer.querySelector('[part=error]')!.id);
    });
  });

  describe('keyboard', () => {
    it('shows a problem at a required object on its first field, and its summary link focuses that field', async () => {
      const schema = {
        type: 'object',
        required: ['observer'],
        properties: {
          observer: {
            type: 'object',
            title: 'Observer',
            required: ['name'],
            properties: { email: { type: 'string' }, name: { type: 'string' } },
          },
        },
      };
      const el = await fixture<MkForm>(html`<mk-form .schema=${schema}></mk-form>`);
      await el.validationReady;
      await el.submit();
      await el.updateComplete;
      expect(el.problems.map((p) => p.pointer)).to.deep.equal(['/observer']);
      const name = field(el, '/observer/name');
      await name.updateComplete;
      expect(name.querySelector('.error')!.textContent).to.contain('Please fill in this field.');
      el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=error-summary] a')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(el.shadowRoot!.activeElement).to.equal(controlOf(name));
    });

    it('adds an item to an array of strings without an error, and the empty item is reported on its own field', async () => {
      const schema = { type: 'object', properties: { tags: { type: 'array', title: 'Tags', items: { type: 'string', title: 'Tag' } } } };
      const el = await fixture<MkForm>(html`<mk-form .schema=${schema}></mk-form>`);
      await el.validationReady;
      const array = field(el, '/tags');
      await array.updateComplete;
      array.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.focus();
      await sendKeys({ press: 'Enter' });
      await array.updateComplete;
      expect(await el.submit()).to.equal(false);
      expect(el.problems.map((p) => p.pointer)).to.deep.equal(['/tags/0']);
      controlOf(array.shadowRoot!.querySelector('.field[data-kind=text]')!).focus();
      await sendKeys({ type: 'maths' });
      expect(await el.submit()).to.equal(true);
      expect(el.value).to.deep.equal({ tags: ['maths'] });
    });

    it('focuses the field from the error summary link', async () => {
      const el = await renderForm({ date: '2026-11-24' });
      await el.submit();
      await el.updateComplete;
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=error-summary] a')!;
      link.focus();
      await sendKeys({ press: 'Enter' });
      expect(el.shadowRoot!.activeElement).to.equal(controlOf(field(el, '/observer')));
    });

    it('adds, moves and removes array items with the keyboard', async () => {
      const el = await renderForm({ steps: [{ step: 'Plan' }, { step: 'Observe' }] });
      const array = field(el, '/steps');
      await array.updateComplete;
      const add = array.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!;
      add.focus();
      await sendKeys({ press: 'Enter' });
      await array.updateComplete;
      expect((el.value as { steps: unknown[] }).steps).to.deep.equal([{ step: 'Plan' }, { step: 'Observe' }, { done: false }]);
      const down = array.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.move-down')[0]!;
      down.focus();
      await sendKeys({ press: 'Enter' });
      await array.updateComplete;
      expect((el.value as { steps: { step?: string }[] }).steps.map((s) => s.step)).to.deep.equal(['Observe', 'Plan', undefined]);
      expect(array.shadowRoot!.activeElement).to.equal(array.shadowRoot!.querySelectorAll('button.move-down')[1]);
      expect(array.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Step moved to position 2.');
      const firstStep = array.shadowRoot!.querySelector<HTMLInputElement>('li .field[data-kind=text] input')!;
      expect(firstStep.value).to.equal('Observe');
      array.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.remove')[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await array.updateComplete;
      expect((el.value as { steps: { step?: string }[] }).steps.map((s) => s.step)).to.deep.equal(['Plan', undefined]);
    });
  });

  describe('form', () => {
    it('submits the record as JSON under its name in a host form', async () => {
      const host = await fixture<HTMLFormElement>(
        html`<form>
          <mk-form name="observation" no-submit .schema=${observationSchema} .value=${{ observer: 'Ana', extra: 1 }}></mk-form>
        </form>`,
      );
      const el = host.querySelector('mk-form')!;
      await el.updateComplete;
      await typeInto(field(el, '/observer'), 'x');
      expect(JSON.parse(new FormData(host).get('observation') as string)).to.deep.include({ observer: 'Anax', extra: 1 });
    });

    it('blocks the host form while invalid and reveals the problems', async () => {
      const host = await fixture<HTMLFormElement>(
        html`<form><mk-form name="observation" no-submit .schema=${observationSchema}></mk-form><button>Save</button></form>`,
      );
      const el = host.querySelector('mk-form')!;
      await el.validationReady;
      let submitted = false;
      host.addEventListener('submit', (e) => {
        submitted = true;
        e.preventDefault();
      });
      host.requestSubmit();
      await el.updateComplete;
      expect(submitted).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part=error-summary]')!.hasAttribute('hidden')).to.equal(false);
    });

    it("shows nothing and keeps the focus on checkValidity(), its own or the host form's; shows the problems on a report or a submit", async () => {
      const host = await fixture<HTMLFormElement>(
        html`<form><mk-form name="observation" no-submit .schema=${observationSchema}></mk-form><button>Save</button></form>`,
      );
      const el = host.querySelector('mk-form')!;
      const save = host.querySelector('button')!;
      const summary = el.shadowRoot!.querySelector<HTMLElement>('[part=error-summary]')!;
      // The host's script marks its own button while the record is incomplete, on every keystroke.
      host.addEventListener('input', () => save.toggleAttribute('data-incomplete', !host.checkValidity() || !el.checkValidity()));
      await el.validationReady;
      const observer = controlOf(field(el, '/observer'));
      await typeInto(field(el, '/observer'), 'A');
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(save.hasAttribute('data-incomplete')).to.equal(true);
      expect(el.shadowRoot!.activeElement, 'the focus stays where the user types').to.equal(observer);
      expect(summary.hidden, 'no summary yet').to.equal(true);
      await typeInto(field(el, '/observer'), 'n');
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(el.shadowRoot!.activeElement).to.equal(observer);
      expect(summary.hidden).to.equal(true);
      // The host's Save button, by keyboard: the problems show and the summary takes the focus.
      save.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement === summary, 'a submit moves the focus to the summary');
      expect(summary.textContent).to.contain('Date: Please fill in this field.');
      // The host form's reportValidity() and the element's show them too.
      observer.focus();
      expect(host.reportValidity()).to.equal(false);
      await waitUntil(() => el.shadowRoot!.activeElement === summary, "the host form's reportValidity() moves the focus");
      observer.focus();
      expect(el.reportValidity()).to.equal(false);
      await waitUntil(() => el.shadowRoot!.activeElement === summary, "the element's reportValidity() moves the focus");
      observer.focus();
      host.requestSubmit();
      await waitUntil(() => el.shadowRoot!.activeElement === summary, "the host form's requestSubmit() moves the focus");
      observer.focus();
      expect(el.checkValidity()).to.equal(false);
      expect(host.checkValidity()).to.equal(false);
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(el.shadowRoot!.activeElement, 'a check after them still leaves the focus').to.equal(observer);
    });

    it('checks rules across fields before the host form submits, even right after typing', async () => {
      const schema = {
        type: 'object',
        properties: { mentor: { type: 'string', title: 'Mentor' }, mentee: { type: 'string', title: 'Mentee' } },
      };
      const validator = (value: unknown) => {
        const v = value as { mentor?: string; mentee?: string };
        return v.mentor && v.mentor === v.mentee ? [{ pointer: '/mentee', keyword: 'not', key: 'invalid', params: {} }] : [];
      };
      const host = await fixture<HTMLFormElement>(
        html`<form>
          <mk-form name="a" no-submit .schema=${schema} .validator=${validator} .value=${{ mentor: 'Ana' }}></mk-form><button>Save</button>
        </form>`,
      );
      const el = host.querySelector('mk-form')!;
      await el.updateComplete;
      let submitted = false;
      host.addEventListener('submit', (e) => {
        submitted = !e.defaultPrevented;
        e.preventDefault();
      });
      const input = controlOf(field(el, '/mentee'));
      input.value = 'Ana';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      host.requestSubmit();
      expect(submitted).to.equal(false);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=error-summary]')!.textContent).to.contain('Mentee: This value is not valid.');
    });

    it('checks a loaded record as a whole after its first paint, and at once when validity is asked before', async () => {
      const schema = {
        type: 'object',
        properties: { mentor: { type: 'string', title: 'Mentor' }, mentee: { type: 'string', title: 'Mentee' } },
      };
      let checks = 0;
      const validator: RecordValidator = (value) => {
        checks++;
        return (value as { mentee?: string }).mentee ? [] : [{ pointer: '/mentee', keyword: 'required', key: 'valueMissing', params: {} }];
      };
      const first = await fixture<MkForm>(html`<mk-form .schema=${schema} .validator=${validator} .value=${{ mentor: 'Ana' }}></mk-form>`);
      expect(checks, 'not before the first paint').to.equal(0);
      expect(first.checkValidity(), 'asked before the paint: checked first').to.equal(false);
      expect(checks).to.equal(1);

      checks = 0;
      const second = await fixture<MkForm>(html`<mk-form .schema=${schema} .validator=${validator} .value=${{ mentor: 'Ana' }}></mk-form>`);
      await waitUntil(() => checks === 1, 'checked once the form has painted');
      expect(second.problems.map((p) => p.pointer)).to.deep.equal(['/mentee']);

      const host = await fixture<HTMLFormElement>(
        html`<form><mk-form name="r" no-submit .schema=${schema} .validator=${validator} .value=${{ mentor: 'Ana' }}></mk-form></form>`,
      );
      let submitted = false;
      host.addEventListener('submit', (e) => {
        submitted = true;
        e.preventDefault();
      });
      host.requestSubmit();
      expect(submitted, 'a record not checked yet does not pass the host form').to.equal(false);
      const el = host.querySelector('mk-form')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=error-summary]')!.textContent).to.contain('Mentee');
    });

    it('checks only the typed field per keystroke, and the whole record once typing pauses', async () => {
      const schema = {
        type: 'object',
        properties: { mentor: { type: 'string', title: 'Mentor' }, mentee: { type: 'string', title: 'Mentee' } },
      };
      let wholeRecordChecks = 0;
      const validator = (value: unknown) => {
        wholeRecordChecks++;
        const v = value as { mentor?: string; mentee?: string };
        return v.mentor && v.mentor === v.mentee ? [{ pointer: '/mentee', keyword: 'not', key: 'invalid', params: {} }] : [];
      };
      const el = await fixture<MkForm>(html`<mk-form .schema=${schema} .validator=${validator} .value=${{ mentee: 'Ana' }}></mk-form>`);
      const mentor = field(el, '/mentor');
      await waitUntil(() => wholeRecordChecks > 0, 'the loaded record is checked as a whole, after the first paint');
      const loaded = wholeRecordChecks;

      await typeInto(mentor, 'Ana');
      await el.updateComplete;
      expect(wholeRecordChecks, 'no whole-record check per keystroke').to.equal(loaded);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(wholeRecordChecks, 'one whole-record check when typing pauses').to.equal(loaded + 1);
      expect(el.problems.map((p) => `${p.pointer} ${p.keyword}`)).to.deep.equal(['/mentee not']);

      await typeInto(mentor, 'x');
      await el.updateComplete;
      expect(wholeRecordChecks).to.equal(loaded + 1);
      expect(el.checkValidity(), 'asking for validity checks the whole record at once').to.equal(true);
      expect(wholeRecordChecks).to.equal(loaded + 2);
    });

    it('submits with the host form’s button right after typing fixed a rule across fields', async () => {
      const schema = {
        type: 'object',
        properties: { mentor: { type: 'string', title: 'Mentor' }, mentee: { type: 'string', title: 'Mentee' } },
      };
      const validator = (value: unknown) => {
        const v = value as { mentor?: string; mentee?: string };
        return v.mentor === v.mentee ? [{ pointer: '/mentee', keyword: 'not', key: 'invalid', params: {} }] : [];
      };
      const host = await fixture<HTMLFormElement>(
        html`<form>
          <mk-form name="r" no-submit .schema=${schema} .validator=${validator} .value=${{ mentor: 'Ana', mentee: 'Ana' }}></mk-form>
          <button>Save</button>
        </form>`,
      );
      const el = host.querySelector('mk-form')!;
      await el.updateComplete;
      const submitted: unknown[] = [];
      host.addEventListener('submit', (e) => {
        if (!e.defaultPrevented) submitted.push(JSON.parse(new FormData(host).get('r') as string));
        e.preventDefault();
      });
      const mentor = field(el, '/mentor');
      await typeInto(mentor, 'x');
      await el.updateComplete;
      host.querySelector('button')!.click();
      expect(submitted, 'the first click submits: the rule at /mentee no longer holds').to.deep.equal([{ mentor: 'Anax', mentee: 'Ana' }]);
    });

    it("holds the host form's own submit button until a loading validator has checked the record", async () => {
      const schema = {
        type: 'object',
        properties: { mentor: { type: 'string', title: 'Mentor' }, mentee: { type: 'string', title: 'Mentee' } },
      };
      const sameNames: RecordValidator = (value) => {
        const v = value as { mentor?: string; mentee?: string };
        return v.mentor === v.mentee ? [{ pointer: '/mentee', keyword: 'not', key: 'invalid', params: {} }] : [];
      };
      const host = await fixture<HTMLFormElement>(
        html`<form>
          <test-lazy-validator-form
            name="r"
            no-submit
            .schema=${schema}
            .value=${{ mentor: 'Ana', mentee: 'Ana' }}
          ></test-lazy-validator-form>
          <button><span>Save</span></button>
        </form>`,
      );
      const el = host.querySelector<LazyValidatorForm>('test-lazy-validator-form')!;
      let arrive!: (validator: RecordValidator) => void;
      el.load(new Promise((resolve) => (arrive = resolve)));
      await el.updateComplete;
      const submitted: unknown[] = [];
      host.addEventListener('submit', (e) => {
        if (!e.defaultPrevented) submitted.push(JSON.parse(new FormData(host).get('r') as string));
        e.preventDefault();
      });

      const save = host.querySelector('button')!;
      save.querySelector('span')!.click();
      expect(submitted, 'a click on the button text, held while the validator loads').to.deep.equal([]);
      arrive(sameNames);
      await el.validationReady;
      await el.updateComplete;
      expect(submitted, 'then checked: invalid, so not submitted').to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part=error-summary]')!.textContent).to.contain('Mentee: This value is not valid.');

      let arriveAgain!: (validator: RecordValidator) => void;
      el.load(new Promise((resolve) => (arriveAgain = resolve)));
      el.value = { mentor: 'Ana', mentee: 'Ola' };
      await el.updateComplete;
      host.requestSubmit();
      expect(submitted, "a script's requestSubmit() is refused: the record is not checked yet").to.deep.equal([]);
      save.querySelector('span')!.click();
      expect(submitted).to.deep.equal([]);
      arriveAgain(sameNames);
      await el.validationReady;
      await el.updateComplete;
      expect(submitted, 'valid once checked: submitted by itself').to.deep.equal([{ mentor: 'Ana', mentee: 'Ola' }]);
    });

    it('refuses a submit clicked before its run-time validator is there (fetched after the first paint) and then shows the problem', async () => {
      const el = await fixture<MkForm>(
        html`<mk-form .schema=${observationSchema} .value=${{ observer: 'A', date: '2026-01-05' }}></mk-form>`,
      );
      const submitted: unknown[] = [];
      el.addEventListener('mk-submit', (e) => submitted.push(structuredClone((e as MkSubmitEvent).value)));
      expect(el.checkValidity(), 'not checked as a whole yet').to.equal(false);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await el.validationReady;
      await waitUntil(() => el.shadowRoot!.querySelector('[part=error-summary]')?.textContent?.includes('Observer'));
      await el.updateComplete;
      expect(submitted).to.deep.equal([]);
      await typeInto(field(el, '/observer'), 'na');
      expect(await el.submit(), 'valid once the observer is filled in').to.equal(true);
      expect(submitted).to.deep.equal([{ observer: 'Ana', date: '2026-01-05' }]);
    });

    it('is invalid for its host form and for checkValidity while its validator loads, even with no problem known', async () => {
      const schema = { type: 'object', properties: { code: { type: 'string', title: 'Code', minLength: 5 } } };
      const host = await fixture<HTMLFormElement>(
        html`<form><test-lazy-validator-form name="r" no-submit .schema=${schema}></test-lazy-validator-form></form>`,
      );
      const el = host.querySelector<LazyValidatorForm>('test-lazy-validator-form')!;
      let arrive!: (validator: RecordValidator) => void;
      el.load(new Promise((resolve) => (arrive = resolve)));
      await el.updateComplete;
      await typeInto(field(el, '/code'), 'abc');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(field(el, '/code').querySelector('[part=error]')?.textContent, "the field's own check").to.contain('5');
      expect(el.checkValidity(), 'a field problem').to.equal(false);
      expect(host.checkValidity()).to.equal(false);
      expect(
        el.problems.map((p) => [p.pointer, p.key]),
        "the field's problem, and the record's: not checked as a whole yet",
      ).to.deep.equal([
        ['/code', 'tooShort'],
        ['', 'notCheckedYet'],
      ]);
      await typeInto(field(el, '/code'), 'de');
      await el.updateComplete;
      expect(el.checkValidity(), 'no problem known, but not checked as a whole yet').to.equal(false);
      expect(host.checkValidity()).to.equal(false);
      expect(
        el.problems.map((p) => [p.pointer, p.key]),
        'problems is empty only when the record is valid',
      ).to.deep.equal([['', 'notCheckedYet']]);
      expect(el.reportValidity()).to.equal(false);
      const summary = el.shadowRoot!.querySelector<HTMLElement>('[part=error-summary]')!;
      await waitUntil(() => el.shadowRoot!.activeElement === summary, 'the report shows why the record is not valid');
      expect([...summary.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
        'This record is still being checked. Please try again in a moment.',
      ]);
      arrive(() => []);
      await el.validationReady;
      await el.updateComplete;
      expect(el.checkValidity(), 'checked').to.equal(true);
      expect(host.checkValidity()).to.equal(true);
      expect(el.problems).to.deep.equal([]);
      await waitUntil(() => summary.hidden, 'the summary has nothing left to list');
    });

    it('restores its value on host form reset and is disabled by a fieldset', async () => {
      const host = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset><mk-form name="o" no-submit .schema=${observationSchema} .value=${{ observer: 'Ana' }}></mk-form></fieldset>
        </form>`,
      );
      const el = host.querySelector('mk-form')!;
      await el.updateComplete;
      await typeInto(field(el, '/observer'), 'bel');
      host.reset();
      expect((el.value as { observer: string }).observer).to.equal('Ana');
      expect(controlOf(field(el, '/observer')).value).to.equal('Ana');
      host.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect(controlOf(field(el, '/observer')).disabled).to.equal(true);
      expect(new FormData(host).has('o')).to.equal(false);
    });
  });

  describe('accessibility', () => {
    it('is accessible empty, and with problems shown', async () => {
      const el = await renderForm({ steps: [{ step: 'Plan' }] });
      await expect(el).to.be.accessible();
      await el.submit();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
