import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { HostFormController } from './host-form-controller.js';

/** A bare form-associated host: its record, problems and pending state are in the test's hands. */
class HostFormHost extends LitElement {
  static formAssociated = true;
  record: unknown = { observer: 'Anna' };
  problems = 0;
  disabled = false;
  fieldsetDisabled = false;
  pending = false;
  ready: Promise<void> = Promise.resolve();
  flushes = 0;
  reveals = 0;
  bridge = new HostFormController(this, {
    value: () => this.record,
    disabled: () => this.disabled,
    inactive: () => this.disabled || this.fieldsetDisabled,
    pending: () => this.pending,
    ready: () => this.ready,
    flush: () => {
      this.flushes++;
      return this.problems > 0;
    },
    reveal: () => this.reveals++,
  });
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.bridge.associate(form);
  }
}
customElements.define('test-host-form-host', HostFormHost);

async function inForm() {
  const form = await fixture<HTMLFormElement>(
    html`<form><test-host-form-host name="record"></test-host-form-host><button>Save</button></form>`,
  );
  const el = form.querySelector<HostFormHost>('test-host-form-host')!;
  return { form, el, button: form.querySelector('button')! };
}

/** The page never navigates: every submission that reaches the window stops there. */
const stay = (event: Event) => event.preventDefault();

/** Submits through the button and reports whether the submission went through the element's checks. */
function submitted(button: HTMLButtonElement): boolean {
  let through = false;
  const listener = (event: Event) => (through = !event.defaultPrevented);
  document.addEventListener('submit', listener);
  button.click();
  document.removeEventListener('submit', listener);
  return through;
}

describe('HostFormController', () => {
  before(() => window.addEventListener('submit', stay));
  after(() => window.removeEventListener('submit', stay));

  it('submits the record as JSON under the element’s name, and nothing while disabled', async () => {
    const { form, el } = await inForm();
    el.bridge.update('', undefined);
    expect(new FormData(form).get('record')).to.equal('{"observer":"Anna"}');
    el.disabled = true;
    el.bridge.updateValue();
    expect(new FormData(form).get('record')).to.equal(null);
  });

  it('sets the form value again when typing pauses, and gives whoever reads it sooner the record as it is now', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <input name="before" value="1" /><test-host-form-host name="record"></test-host-form-host><input name="after" value="2" />
      </form>`,
    );
    const el = form.querySelector<HostFormHost>('test-host-form-host')!;
    const set: unknown[] = [];
    const setFormValue = el.bridge.internals.setFormValue.bind(el.bridge.internals);
    el.bridge.internals.setFormValue = (value) => (set.push(value), setFormValue(value));
    // Three keystrokes: the record serialised for the form value not once per keystroke.
    for (const observer of ['A', 'An', 'Ann']) {
      el.record = { observer };
      el.bridge.update('', undefined);
    }
    expect(set).to.deep.equal([]);
    // Read before the pause: the entry is the record now, in its place among the form's entries.
    expect([...new FormData(form)]).to.deep.equal([
      ['before', '1'],
      ['record', '{"observer":"Ann"}'],
      ['after', '2'],
    ]);
    el.record = { observer: 'Anna' };
    el.bridge.update('', undefined);
    await waitUntil(() => set.length === 2, 'the form value set once typing paused');
    expect(set[1]).to.equal('{"observer":"Anna"}');
    expect(new FormData(form).get('record')).to.equal('{"observer":"Anna"}');
  });

  it('sets validity and the invalid state from the message, and reveals instead of the browser’s bubble on a report, not a check', async () => {
    const { form, el } = await inForm();
    el.bridge.update('1 problem', undefined);
    expect(el.bridge.internals.validity.customError).to.equal(true);
    expect(el.matches(':state(invalid)')).to.equal(true);
    const invalids: boolean[] = [];
    el.addEventListener('invalid', (event) => invalids.push(event.defaultPrevented));
    expect(form.checkValidity()).to.equal(false);
    expect(el.bridge.check()).to.equal(false);
    expect(el.reveals, "checkValidity(), the host form's and the element's, shows nothing").to.equal(0);
    expect(form.reportValidity()).to.equal(false);
    expect(el.reveals, "the host form's reportValidity()").to.equal(1);
    expect(el.bridge.report()).to.equal(false);
    expect(el.reveals, "the element's reportValidity()").to.equal(2);
    form.requestSubmit();
    expect(el.reveals, "the host form's requestSubmit()").to.equal(3);
    expect(invalids, 'each fired invalid, with no bubble of the browser').to.deep.equal([true, true, true, true, true]);
    expect(form.checkValidity()).to.equal(false);
    expect(el.reveals, 'a check after them still shows nothing').to.equal(3);
    el.bridge.update('', undefined);
    expect(el.bridge.internals.validity.valid).to.equal(true);
    expect(el.matches(':state(invalid)')).to.equal(false);
  });

  it('checks the whole record when the submit button is clicked, and stops a submit that finds problems', async () => {
    const { el, button } = await inForm();
    el.bridge.update('', undefined);
    el.problems = 1;
    expect(submitted(button)).to.equal(false);
    expect(el.flushes, 'once on the click, once on the submit').to.equal(2);
    expect(el.reveals).to.equal(1);
    el.problems = 0;
    expect(submitted(button)).to.equal(true);
  });

  it('reveals on a click on a submit button outside the form that names it', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <form id="record-form"><test-host-form-host name="record"></test-host-form-host></form>
        <button form="record-form">Save</button>
      </div>`,
    );
    const el = box.querySelector<HostFormHost>('test-host-form-host')!;
    el.bridge.update('1 problem', undefined);
    el.problems = 1;
    expect(submitted(box.querySelector('button')!)).to.equal(false);
    expect(el.reveals).to.equal(1);
  });

  it('does not block a submit while disabled by a fieldset', async () => {
    const { el, button } = await inForm();
    el.bridge.update('', undefined);
    el.problems = 1;
    el.fieldsetDisabled = true;
    expect(submitted(button)).to.equal(true);
  });

  it('holds a submit while the record cannot be checked, and submits again once it can', async () => {
    const { form, el, button } = await inForm();
    el.bridge.update('', undefined);
    let arrive!: () => void;
    el.pending = true;
    el.ready = new Promise<void>((resolve) => (arrive = resolve));
    expect(submitted(button)).to.equal(false);
    el.pending = false;
    const resubmitted = oneEvent(form, 'submit');
    arrive();
    expect(((await resubmitted) as unknown as SubmitEvent).submitter).to.equal(button);
  });

  it('after a held submit, reveals the problems instead of submitting', async () => {
    const { el, button } = await inForm();
    el.bridge.update('', undefined);
    el.pending = true;
    el.ready = Promise.resolve();
    el.problems = 1;
    expect(submitted(button)).to.equal(false);
    el.pending = false;
    await waitUntil(() => el.reveals === 1, 'problems revealed');
  });

  it('drops a held submit when the record is edited before it can be checked: no problems shown, nothing sent', async () => {
    const { form, el, button } = await inForm();
    el.bridge.update('', undefined);
    let arrive!: () => void;
    el.pending = true;
    el.ready = new Promise<void>((resolve) => (arrive = resolve));
    el.problems = 1;
    expect(submitted(button)).to.equal(false);
    el.bridge.edited();
    let sent = false;
    form.addEventListener('submit', () => (sent = true));
    el.pending = false;
    arrive();
    await el.ready;
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.reveals, 'no problems shown').to.equal(0);
    expect(el.flushes, 'not checked for the dropped submit').to.equal(0);
    expect(sent, 'nothing sent').to.equal(false);
    el.problems = 0;
    expect(submitted(button), 'the next submit goes through').to.equal(true);
  });

  it('stops following a form it left', async () => {
    const { el, button } = await inForm();
    el.bridge.update('', undefined);
    document.body.append(el);
    el.problems = 1;
    expect(submitted(button)).to.equal(true);
    expect(el.flushes).to.equal(0);
    el.remove();
  });
});
