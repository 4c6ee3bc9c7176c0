import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fieldAt, inside } from '../../../../test/support/fields.js';
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
});
