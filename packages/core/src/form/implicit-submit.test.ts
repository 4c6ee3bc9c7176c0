import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/form.js';
import type { MkForm } from './form.js';
import { controlOf, fieldAt } from '../../../../test/support/fields.js';

const schema = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', title: 'Name' },
    visited: { type: 'string', format: 'date', title: 'Visited' },
    notes: { type: 'string', title: 'Notes', 'x-ui': { widget: 'textarea' } },
  },
};

/** A host page's form with the element in it and its own Save button; what each submit sent. */
async function hostForm(): Promise<{ host: HTMLFormElement; form: MkForm; sent: unknown[] }> {
  const host = await fixture<HTMLFormElement>(
    html`<form><mk-form name="record" no-submit .schema=${schema}></mk-form><button>Save</button></form>`,
  );
  const form = host.querySelector('mk-form')!;
  await form.validationReady;
  const sent: unknown[] = [];
  host.addEventListener('submit', (event) => {
    event.preventDefault();
    sent.push(JSON.parse(new FormData(host).get('record') as string));
  });
  return { host, form, sent };
}

describe('<mk-form>: Enter in a field submits, as in a plain <form>', () => {
  it('presses the host form’s Save button from a text field, with what was typed', async () => {
    const { form, sent } = await hostForm();
    controlOf(fieldAt(form, '/name')).focus();
    await sendKeys({ type: 'Kari' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sent.length === 1, 'the host form was submitted');
    expect(sent).to.deep.equal([{ name: 'Kari' }]);
    // A date typed and sent at once, without leaving the field first.
    controlOf(fieldAt(form, '/visited')).focus();
    await sendKeys({ type: '09/01/2026' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sent.length === 2, 'submitted again');
    expect(sent[1]).to.deep.equal({ name: 'Kari', visited: '2026-09-01' });
  });

  it('shows the problems instead, with the focus on the summary, while the record has some', async () => {
    const { form, sent } = await hostForm();
    controlOf(fieldAt(form, '/visited')).focus();
    await sendKeys({ press: 'Enter' });
    const summary = form.shadowRoot!.querySelector<HTMLElement>('[part=error-summary]')!;
    await waitUntil(() => !summary.hidden && form.shadowRoot!.activeElement === summary, 'the summary shows and has the focus');
    expect(sent).to.deep.equal([]);
  });

  it('adds a line in a textarea, and presses the element’s own submit button when it shows one', async () => {
    const { form, sent } = await hostForm();
    controlOf(fieldAt(form, '/name')).focus();
    await sendKeys({ type: 'Kari' });
    controlOf(fieldAt(form, '/notes')).focus();
    await sendKeys({ type: 'One' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Two' });
    await form.updateComplete;
    expect(sent, 'Enter in a textarea is a new line').to.deep.equal([]);
    expect(form.value).to.deep.equal({ name: 'Kari', notes: 'One\nTwo' });

    const alone = await fixture<MkForm>(html`<mk-form .schema=${schema} .value=${{ name: 'Ola' }}></mk-form>`);
    const submitted: unknown[] = [];
    alone.addEventListener('mk-submit', (event) => submitted.push((event as Event & { value: unknown }).value));
    controlOf(fieldAt(alone, '/name')).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => submitted.length === 1, 'its own submit ran');
    expect(submitted).to.deep.equal([{ name: 'Ola' }]);
  });
});
