import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { controlOf, fieldAt, inside } from '../../../../test/support/fields.js';
import '../define/form.js';
import type { MkForm } from './form.js';

const schema = {
  type: 'object',
  title: 'Observation',
  required: ['observer'],
  properties: {
    observer: { type: 'string', title: 'Observer', minLength: 2 },
    email: { type: 'string', format: 'email', title: 'Email' },
  },
};

const summaryOf = (form: MkForm) => form.shadowRoot!.querySelector<HTMLElement>('[part=error-summary]')!;
const itemsOf = (form: MkForm) => [...summaryOf(form).querySelectorAll('li')].map((li) => li.textContent!.trim());

/** Submits as a user does: Tab to the form's button and press Enter. */
async function submitByKeyboard(form: MkForm): Promise<void> {
  form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => form.shadowRoot!.activeElement === summaryOf(form), 'the summary takes the focus');
}

describe('the error summary', () => {
  describe('a loaded record', () => {
    it('with wrong data shows its problems at the fields and in the summary, even those no field shows, without taking the focus', async () => {
      const strict = { ...schema, minProperties: 3 };
      const form = await fixture<MkForm>(html`<mk-form .schema=${strict} .value=${{ observer: 'K', email: 'nope' }}></mk-form>`);
      const email = fieldAt(form, '/email');
      await waitUntil(() => email.classList.contains('user-invalid'), 'the wrong email shows its error once the form has painted');
      await waitUntil(() => !summaryOf(form).hidden, 'the summary lists what is wrong in the stored record');
      expect(inside(email).textContent).to.contain('Please enter an email address');
      expect(fieldAt(form, '/observer').classList.contains('user-invalid'), 'the short name too').to.equal(true);
      // The record's own problem (no field shows it) is seen in the summary only.
      expect(itemsOf(form)).to.have.members([
        'Observation: Please fill in at least 3 entries.',
        'Observer: Please use at least 2 characters.',
        'Email: Please enter an email address, such as name@school.org.',
      ]);
      expect(form.shadowRoot!.activeElement, 'the focus stays where the user is').to.equal(null);
      // The record's own problem has no field to lead to: its item is text, not a link to nowhere.
      const links = [...summaryOf(form).querySelectorAll('a')].map((a) => a.textContent!.trim());
      expect(links).to.have.members([
        'Observer: Please use at least 2 characters.',
        'Email: Please enter an email address, such as name@school.org.',
      ]);
      await expect(form).to.be.accessible();
    });

    it('with a wrong value lists what is wrong, and its merely missing fields only once the user submits', async () => {
      const form = await fixture<MkForm>(html`<mk-form .schema=${schema} .value=${{ email: 'nope' }}></mk-form>`);
      await waitUntil(() => !summaryOf(form).hidden, 'the summary lists what is wrong in the stored record');
      expect(itemsOf(form)).to.deep.equal(['Email: Please enter an email address, such as name@school.org.']);
      expect(fieldAt(form, '/email').classList.contains('user-invalid')).to.equal(true);
      expect(fieldAt(form, '/observer').classList.contains('user-invalid'), 'the empty required field waits for a submit').to.equal(false);
      // Only what is shown: the record is as invalid as before.
      expect(form.checkValidity()).to.equal(false);
      expect(form.problems.map((p) => p.pointer)).to.have.members(['/observer', '/email']);
      // Fixing the wrong value clears the summary; the missing one still blocks the submit, which lists it.
      controlOf(fieldAt(form, '/email')).focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '@school.org' });
      await waitUntil(() => summaryOf(form).hidden, 'nothing wrong left to list before a submit');
      expect(fieldAt(form, '/observer').classList.contains('user-invalid')).to.equal(false);
      await submitByKeyboard(form);
      expect(itemsOf(form)).to.deep.equal(['Observer: Please fill in this field.']);
      expect(fieldAt(form, '/observer').classList.contains('user-invalid')).to.equal(true);
      await expect(form).to.be.accessible();
    });

    it('that is only incomplete shows nothing until the user submits', async () => {
      const form = await fixture<MkForm>(html`<mk-form .schema=${schema} .value=${{ email: 'kari@school.org' }}></mk-form>`);
      await form.validationReady;
      // Asking for the problems runs the whole check the record is owed now.
      expect(form.problems.map((p) => p.pointer)).to.deep.equal(['/observer']);
      await form.updateComplete;
      expect(summaryOf(form).hidden).to.equal(true);
      expect(fieldAt(form, '/observer').classList.contains('user-invalid')).to.equal(false);
      await submitByKeyboard(form);
      expect(itemsOf(form)).to.deep.equal(['Observer: Please fill in this field.']);
      expect(fieldAt(form, '/observer').classList.contains('user-invalid')).to.equal(true);
    });
  });

  // The example of docs/validation.md, "When errors show".
  describe('a problem in a part of the form a showIf hint hides', () => {
    const followUpSchema = {
      type: 'object',
      title: 'Observation',
      properties: {
        observer: { type: 'string', title: 'Observer' },
        followUp: { type: 'boolean', title: 'A follow-up is needed' },
        plan: {
          type: 'object',
          title: 'Follow-up',
          required: ['date'],
          properties: {
            date: { type: 'string', format: 'date', title: 'Follow-up date' },
            focus: { type: 'string', title: 'Focus', minLength: 5 },
          },
        },
      },
    };
    const followUpUi = { plan: { showIf: { path: 'followUp', equals: true } } };
    const hiddenNote = 'It is in a part of the form that your answer to “A follow-up is needed” hides.';

    /** The user ticks the box, types a short focus, and unticks it again: the section hides with its text still in the record. */
    async function typedThenHidden(): Promise<MkForm> {
      const form = await fixture<MkForm>(html`<mk-form .schema=${followUpSchema} .ui=${followUpUi}></mk-form>`);
      await form.validationReady;
      const box = controlOf(fieldAt(form, '/followUp'));
      box.focus();
      await sendKeys({ press: 'Space' });
      await form.updateComplete;
      controlOf(fieldAt(form, '/plan/focus')).focus();
      await sendKeys({ type: 'ab' });
      box.focus();
      await sendKeys({ press: 'Space' });
      await form.updateComplete;
      expect(fieldAt(form, '/plan/focus').checkVisibility(), 'the section is hidden').to.equal(false);
      expect(form.value).to.deep.equal({ followUp: false, plan: { focus: 'ab' } });
      return form;
    }

    it('still blocks the submit, and its summary item says where it is and leads to the answer that shows it', async () => {
      const form = await typedThenHidden();
      let submitted = false;
      form.addEventListener('mk-submit', () => (submitted = true));
      await submitByKeyboard(form);
      expect(submitted, 'the record is not sent with a problem in it').to.equal(false);
      expect(itemsOf(form)).to.deep.equal([
        `Follow-up date: Please fill in this field. ${hiddenNote}`,
        `Focus: Please use at least 5 characters. ${hiddenNote}`,
      ]);
      await expect(form).to.be.accessible();

      // The link leads to a control the user can use: the answer that shows the section.
      summaryOf(form).querySelector<HTMLAnchorElement>('li:last-child a')!.focus();
      await sendKeys({ press: 'Enter' });
      const box = controlOf(fieldAt(form, '/followUp'));
      expect(form.shadowRoot!.activeElement).to.equal(box);
      await sendKeys({ press: 'Space' });
      await form.updateComplete;
      const focus = fieldAt(form, '/plan/focus');
      expect(focus.checkVisibility(), 'the section shows again').to.equal(true);
      expect(focus.classList.contains('user-invalid'), 'with its problem').to.equal(true);
      await waitUntil(() => !itemsOf(form).some((item) => item.includes(hiddenNote)), 'the summary no longer says it is hidden');
      expect(itemsOf(form)).to.deep.equal(['Follow-up date: Please fill in this field.', 'Focus: Please use at least 5 characters.']);

      // Now its link leads to the field itself.
      summaryOf(form).querySelector<HTMLAnchorElement>('li:last-child a')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(form.shadowRoot!.activeElement).to.equal(controlOf(focus));
    });

    it('in an array item leads to the answer in the same item', async () => {
      const actions = {
        type: 'object',
        properties: {
          actions: {
            type: 'array',
            title: 'Actions',
            items: {
              type: 'object',
              title: 'Action',
              properties: {
                status: { title: 'Status', enum: ['planned', 'done', 'dropped'] },
                reason: {
                  type: 'string',
                  title: 'Why was it dropped?',
                  maxLength: 3,
                  'x-ui': { showIf: { path: '1/status', equals: 'dropped' } },
                },
              },
            },
          },
        },
      };
      const value = { actions: [{ status: 'planned' }, { status: 'done', reason: 'no time' }] };
      const form = await fixture<MkForm>(html`<mk-form .schema=${actions} .value=${value}></mk-form>`);
      await form.validationReady;
      await submitByKeyboard(form);
      expect(itemsOf(form)).to.deep.equal([
        'Why was it dropped?: Please use no more than 3 characters. It is in a part of the form that your answer to “Status” hides.',
      ]);
      summaryOf(form).querySelector<HTMLAnchorElement>('a')!.focus();
      await sendKeys({ press: 'Enter' });
      const status = fieldAt(form, '/actions/1/status');
      expect((status.getRootNode() as ShadowRoot).activeElement, 'the second item’s status, at its chosen option').to.equal(
        inside(status).querySelector('input:checked'),
      );
    });

    it('says so in the language of the form', async () => {
      const form = await fixture<MkForm>(
        html`<mk-form
          lang="nb"
          .schema=${followUpSchema}
          .ui=${followUpUi}
          .value=${{ followUp: false, plan: { focus: 'ab' } }}
        ></mk-form>`,
      );
      await form.validationReady;
      await submitByKeyboard(form);
      expect(itemsOf(form)[1]).to.equal(
        'Focus: Bruk minst 5 tegn. Det står i en del av skjemaet som svaret ditt på «A follow-up is needed» skjuler.',
      );
    });
  });
  describe('an answer the schema refuses (`additionalProperties: false`)', () => {
    const closed = { ...schema, additionalProperties: false };
    const removeButtonOf = (form: MkForm) => summaryOf(form).querySelector<HTMLButtonElement>('button');

    it('can be removed from the summary by keyboard, and the record then submits', async () => {
      const record = { observer: 'Kim', legacyId: 'x-17' };
      const host = await fixture<HTMLFormElement>(
        html`<form><mk-form name="observation" .schema=${closed} .value=${record}></mk-form></form>`,
      );
      const form = host.querySelector('mk-form')!;
      await waitUntil(() => !summaryOf(form).hidden, 'the loaded record shows what it holds that the form does not have');
      expect(itemsOf(form)[0]).to.contain('This record holds “legacyId”, which this form does not have.');
      expect(form.checkValidity(), 'no control can change it, so it blocks the submit').to.equal(false);
      expect(form.shadowRoot!.activeElement, 'checkValidity() leaves the focus').to.equal(null);
      const remove = removeButtonOf(form)!;
      expect(remove.textContent!.trim()).to.equal('Remove “legacyId” from the record');
      expect(summaryOf(form).querySelector('a'), 'no link: there is no field to go to').to.equal(null);
      const { width, height } = remove.getBoundingClientRect();
      expect(Math.min(width, height), 'a target of at least 24 × 24 px').to.be.at.least(24);
      expect(getComputedStyle(remove).fontFamily, "the form's font, not the browser's button font").to.equal(
        getComputedStyle(form).fontFamily,
      );
      await expect(form).to.be.accessible();
      const events: string[] = [];
      form.addEventListener('input', () => events.push('input'));
      form.addEventListener('change', () => events.push('change'));
      remove.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => summaryOf(form).hidden, 'the summary has nothing left to list');
      expect(form.value).to.deep.equal({ observer: 'Kim' });
      expect(record, "the host's own object is not written").to.deep.equal({ observer: 'Kim', legacyId: 'x-17' });
      expect(events).to.deep.equal(['input', 'change']);
      expect(form.validity.valid).to.equal(true);
      expect(new FormData(host).get('observation')).to.equal(JSON.stringify({ observer: 'Kim' }));
      expect(form.shadowRoot!.activeElement, 'the focus stays in the form').to.equal(form.shadowRoot!.querySelector('[part=submit]'));
    });

    it('with other problems left, moves the focus to the summary', async () => {
      const form = await fixture<MkForm>(html`<mk-form .schema=${closed} .value=${{ observer: 'K', legacyId: 'x-17' }}></mk-form>`);
      await waitUntil(() => removeButtonOf(form), 'the refused answer has its button');
      removeButtonOf(form)!.click();
      await waitUntil(() => !removeButtonOf(form), 'the refused answer is gone from the summary');
      expect(itemsOf(form)).to.deep.equal(['Observer: Please use at least 2 characters.']);
      expect(form.shadowRoot!.activeElement).to.equal(summaryOf(form));
    });

    it('is not offered in a read-only form', async () => {
      const form = await fixture<MkForm>(
        html`<mk-form readonly .schema=${closed} .value=${{ observer: 'Kim', legacyId: 'x-17' }}></mk-form>`,
      );
      await waitUntil(() => !summaryOf(form).hidden, 'the summary lists the refused answer');
      expect(removeButtonOf(form)).to.equal(null);
      expect(itemsOf(form)).to.deep.equal(['Observation: This record holds “legacyId”, which this form does not have.']);
      expect(summaryOf(form).querySelector('a'), 'as text: there is no field to go to').to.equal(null);
    });
  });
});
