import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/form.js';
// As a document element with lists does: the page imports `<mk-array>` and the form's rendering of arrays itself.
import '../widgets/array-widget.js';
import type { MkArray } from '../array/array.js';
import type { MkForm } from './form.js';
import { widgetsLoading } from '../widgets/lazy.js';

const schema = {
  type: 'object',
  properties: {
    title: { type: 'string', title: 'Title' },
    steps: {
      type: 'array',
      title: 'Steps',
      items: { type: 'object', title: 'Step', properties: { what: { type: 'string', title: 'What' } } },
    },
  },
};

async function mount(): Promise<{ form: MkForm; array: MkArray; renders: () => number }> {
  const form = await fixture<MkForm>(
    html`<mk-form .schema=${schema} .value=${{ title: 'Plan', steps: [{ what: 'Read' }, { what: 'Write' }] }}></mk-form>`,
  );
  const array = form.shadowRoot!.querySelector('mk-array')!;
  await array.updateComplete;
  // Counts the array's renders (each one renders every item again).
  let count = 0;
  const render = array.render.bind(array);
  array.render = () => (count++, render());
  return { form, array, renders: () => count };
}

describe('renderField: arrays', () => {
  describe('rendering', () => {
    it('renders an array at once when the page imported the array widget itself, with no load and no notice', async () => {
      const form = document.createElement('mk-form');
      form.schema = schema;
      let notice = false;
      const observer = new MutationObserver(() => (notice ||= !!form.shadowRoot!.querySelector('.loading')));
      document.body.append(form);
      observer.observe(form.shadowRoot!, { childList: true, subtree: true });
      try {
        // The first render, not what a wait for loads (updateComplete) leaves.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(widgetsLoading(), 'no chunk load started').to.deep.equal([]);
        const array = form.shadowRoot!.querySelector('mk-array')!;
        expect(array instanceof customElements.get('mk-array')!, 'upgraded at once').to.equal(true);
        await form.updateComplete;
        await array.updateComplete;
        expect(array.shadowRoot!.querySelector('button.add')).to.exist;
        expect(notice, 'no loading notice was shown').to.equal(false);
      } finally {
        observer.disconnect();
        form.remove();
      }
    });

    it('does not render the items again when the form renders again with the same settings', async () => {
      const { form, array, renders } = await mount();
      const { renderItem, createItem } = array;
      form.requestUpdate();
      await form.updateComplete;
      await array.updateComplete;
      expect(array.renderItem, 'same item renderer').to.equal(renderItem);
      expect(array.createItem, 'same item maker').to.equal(createItem);
      expect(renders(), 'the array did not render again').to.equal(0);
      const inputs = array.shadowRoot!.querySelectorAll('input');
      expect([...inputs].map((input) => input.value)).to.deep.equal(['Read', 'Write']);
      await expect(form).to.be.accessible();
    });

    it('renders the items again, in the new language, when the form reads in another', async () => {
      const { form, array, renders } = await mount();
      const renderItem = array.renderItem;
      form.lang = 'nb';
      await form.updateComplete;
      await array.updateComplete;
      expect(array.renderItem).not.to.equal(renderItem);
      expect(renders()).to.be.greaterThan(0);
      expect(array.shadowRoot!.querySelector('button.add')!.textContent).to.contain('Legg til');
      await expect(form).to.be.accessible();
    });

    it('makes the items read-only when the form becomes read-only', async () => {
      const { form, array } = await mount();
      form.readonly = true;
      await form.updateComplete;
      await array.updateComplete;
      const inputs = [...array.shadowRoot!.querySelectorAll('input')];
      expect(inputs.length).to.equal(2);
      expect(inputs.every((input) => input.readOnly)).to.equal(true);
      await expect(form).to.be.accessible();
    });
  });
});

describe('renderField: conditions', () => {
  it("renders a condition's fields with the rest of the form, with no chunk to wait for", async () => {
    const form = document.createElement('mk-form');
    form.schema = {
      type: 'object',
      properties: { role: { type: 'string', title: 'Role', enum: ['mentor', 'mentee'], default: 'mentor' } },
      if: { properties: { role: { const: 'mentor' } } },
      then: { properties: { years: { type: 'integer', title: 'Years as a mentor' } } },
    };
    document.body.append(form);
    try {
      await form.updateComplete;
      const labels = [...form.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());
      expect(labels).to.include('Years as a mentor');
      const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(
        fetched.filter((url) => url.includes('rare-widgets')),
        'the rare widgets chunk was not fetched',
      ).to.deep.equal([]);
      await expect(form).to.be.accessible();
    } finally {
      form.remove();
    }
  });
});

describe('renderField: fields that leave the form', () => {
  const conditional = {
    type: 'object',
    properties: { role: { type: 'string', title: 'Role', enum: ['mentor', 'mentee'] } },
    if: { properties: { role: { const: 'mentor' } }, required: ['role'] },
    then: { properties: { years: { type: 'integer', title: 'Years as a mentor' } } },
  };
  const yearsInput = (form: MkForm) => form.shadowRoot!.querySelector<HTMLInputElement>('[path="/years"] input');

  it('stops showing the record in a field a condition took away, and a field made again shows the record as it is', async () => {
    const form = await fixture<MkForm>(html`<mk-form .schema=${conditional} .value=${{ role: 'mentor', years: 3 }}></mk-form>`);
    const removed = yearsInput(form)!;
    expect(removed.value).to.equal('3');
    form.store.set('/role', 'mentee');
    await form.updateComplete;
    expect(yearsInput(form), 'the condition no longer holds: no field').to.equal(null);
    form.store.set('/years', 7);
    await form.updateComplete;
    form.store.set('/years', 8);
    await form.updateComplete;
    expect(removed.value, 'the removed field is not rendered again').to.equal('3');
    form.store.set('/role', 'mentor');
    await form.updateComplete;
    const again = yearsInput(form)!;
    expect(again).to.not.equal(removed);
    expect(again.value).to.equal('8');
    form.store.set('/years', 9);
    await form.updateComplete;
    expect(again.value).to.equal('9');
    expect(removed.value).to.equal('3');
  });

  it('stops showing problems in a group a condition took away, and the group made again shows them', async () => {
    const form = await fixture<MkForm>(
      html`<mk-form
        .schema=${{
          ...conditional,
          then: { properties: { labels: { type: 'object', title: 'Labels', additionalProperties: { type: 'string' } } } },
        }}
        .value=${{ role: 'mentor', labels: {} }}
      ></mk-form>`,
    );
    await widgetsLoading();
    const group = () => form.shadowRoot!.querySelector('fieldset[data-pointer="/labels"]');
    const removed = group()!;
    form.store.set('/role', 'mentee');
    await form.updateComplete;
    expect(group(), 'the condition no longer holds: no group').to.equal(null);
    form.store.setProblems([{ pointer: '/labels', keyword: 'minProperties', key: 'valueMissing', params: {} }], { reveal: true });
    await form.updateComplete;
    expect(removed.querySelector('.group-error'), 'the removed group shows nothing').to.equal(null);
    form.store.set('/role', 'mentor');
    await form.updateComplete;
    await widgetsLoading();
    // The form's own check after the change replaced the problems: given again, the group made again shows them.
    form.store.setProblems([{ pointer: '/labels', keyword: 'minProperties', key: 'valueMissing', params: {} }], { reveal: true });
    await form.updateComplete;
    expect(group()).to.not.equal(removed);
    expect(group()!.querySelector(':scope > .group-error')!.textContent).to.match(/\S/);
    expect(removed.querySelector('.group-error')).to.equal(null);
  });

  it('shows the record set while the form was out of the page once it is back', async () => {
    const form = await fixture<MkForm>(html`<mk-form .schema=${conditional} .value=${{ role: 'mentor', years: 3 }}></mk-form>`);
    const parent = form.parentElement!;
    form.remove();
    form.value = { role: 'mentor', years: 12 };
    await form.updateComplete;
    parent.append(form);
    await form.updateComplete;
    expect(yearsInput(form)!.value).to.equal('12');
    form.store.set('/years', 13);
    await form.updateComplete;
    expect(yearsInput(form)!.value).to.equal('13');
  });
});

describe('renderField: a group with no field of its own', () => {
  it("shows the group's own problem under its legend and help, and takes it away when it is solved", async () => {
    const form = await fixture<MkForm>(
      html`<mk-form
        .schema=${{
          type: 'object',
          properties: {
            labels: {
              type: 'object',
              title: 'Labels',
              description: 'One per level',
              minProperties: 1,
              additionalProperties: { type: 'string' },
            },
          },
        }}
        .value=${{ labels: {} }}
      ></mk-form>`,
    );
    await widgetsLoading();
    await form.validationReady;
    const group = form.shadowRoot!.querySelector('fieldset[data-pointer="/labels"]')!;
    const error = () => group.querySelector(':scope > .group-error');
    // A loaded record's problems show at once; so does this one after a submit.
    form.reportValidity();
    await form.updateComplete;
    expect([...group.children].slice(0, 3).map((child) => child.className || child.localName)).to.deep.equal([
      'legend',
      'group-help',
      'group-error',
    ]);
    expect(error()!.textContent).to.match(/\S/);
    form.value = { labels: { red: 'Red' } };
    await waitUntil(() => !error(), 'the problem goes once the group has an entry');
  });
});

describe("renderField: fields written into their group's template", () => {
  const point = {
    type: 'object',
    title: 'Point',
    required: ['notes'],
    properties: {
      rating: { type: 'string', title: 'Rating', enum: ['good', 'weak'] },
      notes: { type: 'string', title: 'Notes' },
    },
  };
  const twoPoints = { type: 'object', properties: { a: point, b: point } };
  const control = (form: MkForm, path: string) => form.shadowRoot!.querySelector<HTMLTextAreaElement>(`[path="${path}"] textarea`)!;
  const radios = (form: MkForm, path: string) => [...form.shadowRoot!.querySelectorAll<HTMLInputElement>(`[path="${path}"] input`)];

  it('updates only the field that changed, in the group that holds it', async () => {
    const form = await fixture<MkForm>(
      html`<mk-form
        .schema=${twoPoints}
        .ui=${{ '/a/notes': 'textarea', '/b/notes': 'textarea' }}
        .value=${{ a: { rating: 'good', notes: 'Calm' }, b: { rating: 'weak', notes: 'Loud' } }}
      ></mk-form>`,
    );
    const [aNotes, bNotes] = [control(form, '/a/notes'), control(form, '/b/notes')];
    const aRadios = radios(form, '/a/rating');
    aNotes.focus();
    await sendKeys({ type: ' start' });
    await form.updateComplete;
    expect(form.value).to.deep.equal({ a: { rating: 'good', notes: 'Calm start' }, b: { rating: 'weak', notes: 'Loud' } });
    form.store.set('/b/notes', 'Quiet');
    form.store.set('/a/rating', 'weak');
    await form.updateComplete;
    expect(control(form, '/b/notes'), 'the same control, shown again').to.equal(bNotes);
    expect([bNotes.value, aNotes.value]).to.deep.equal(['Quiet', 'Calm start']);
    expect(radios(form, '/a/rating')).to.deep.equal(aRadios);
    expect(aRadios.map((radio) => radio.checked)).to.deep.equal([false, true]);
    expect(radios(form, '/b/rating').map((radio) => radio.checked)).to.deep.equal([false, true]);
    await expect(form).to.be.accessible();
  });

  it("keeps each array item's fields on its own record when items move and go", async () => {
    const items = { type: 'object', properties: { points: { type: 'array', title: 'Points', items: point } } };
    const form = await fixture<MkForm>(
      html`<mk-form
        .schema=${items}
        .ui=${{ '/points/-/notes': 'textarea' }}
        .value=${{
          points: [
            { rating: 'good', notes: 'First' },
            { rating: 'weak', notes: 'Second' },
          ],
        }}
      ></mk-form>`,
    );
    const array = form.shadowRoot!.querySelector('mk-array')!;
    await array.updateComplete;
    const inItem = (path: string) => array.shadowRoot!.querySelector<HTMLTextAreaElement>(`[path="${path}"] textarea`)!;
    const checked = (path: string) =>
      [...array.shadowRoot!.querySelectorAll<HTMLInputElement>(`[path="${path}"] input`)].map((radio) => radio.checked);
    inItem('/points/1/notes').focus();
    await sendKeys({ type: '!' });
    expect(checked('/points/1/rating')).to.deep.equal([false, true]);
    array.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.remove')[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await array.updateComplete;
    await form.updateComplete;
    expect(form.value).to.deep.equal({ points: [{ rating: 'weak', notes: 'Second!' }] });
    expect(inItem('/points/0/notes').value).to.equal('Second!');
    expect(checked('/points/0/rating')).to.deep.equal([false, true]);
    form.store.set('/points/0/rating', 'good');
    await form.updateComplete;
    expect(checked('/points/0/rating')).to.deep.equal([true, false]);
    await expect(form).to.be.accessible();
  });

  it('shows a text field whose value has a line break as a textarea, and an input again once the user empties it', async () => {
    const form = await fixture<MkForm>(html`<mk-form .schema=${point} .value=${{ notes: 'Two\nlines' }}></mk-form>`);
    const notes = () => form.shadowRoot!.querySelector<HTMLInputElement>('[path="/notes"] [part="control"]')!;
    const textarea = notes();
    expect([textarea.localName, textarea.value]).to.deep.equal(['textarea', 'Two\nlines']);
    textarea.focus();
    textarea.select();
    await sendKeys({ press: 'Backspace' });
    await form.updateComplete;
    // Emptied, the field is a one-line input again; the textarea's leaving shows the required field's problem.
    await waitUntil(() => notes().getAttribute('aria-invalid') === 'true');
    const input = notes();
    expect([input.localName, input.value]).to.deep.equal(['input', '']);
    expect(form.shadowRoot!.querySelector<HTMLLabelElement>('[path="/notes"] label')!.control).to.equal(input);
    expect(form.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.match(/\S/);
    expect(form.value).to.deep.equal({});
    await expect(form).to.be.accessible();
  });
});
