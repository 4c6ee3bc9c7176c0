import { expect } from '@open-wc/testing';
import '../define/form.js';
import type { MkForm } from '../form/form.js';
import { controlOf, fieldAt } from '../../../../test/support/fields.js';

const chunkFetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('date-reading-chunk'));

function type(control: HTMLInputElement, text: string): void {
  control.value = text;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('<mk-form> date fields: reading what is typed', () => {
  // The only test of the file: the page has not fetched the reading code before it.
  it('reads ISO text at once and keeps other text typed before the reading code arrives as typed, reading it once it is there', async () => {
    const form = document.createElement('mk-form') as MkForm;
    form.schema = { type: 'object', properties: { on: { type: 'string', title: 'Date', format: 'date' } } };
    document.body.append(form);
    try {
      await form.updateComplete;
      expect(chunkFetched(), 'not there yet').to.equal(false);
      const control = controlOf(fieldAt(form, '/on'));
      // Typed in the same task as the first render: before the chunk that render fetches can arrive.
      type(control, '2026-09-01');
      expect(form.value, 'ISO, read at once').to.deep.equal({ on: '2026-09-01' });
      type(control, '11/24/2026');
      expect(form.value, 'kept as typed').to.deep.equal({ on: '11/24/2026' });
      await form.updateComplete;
      expect(chunkFetched()).to.equal(true);
      expect(form.value, 'read once the code is there').to.deep.equal({ on: '2026-11-24' });
      expect(control.value, 'the field shows what was typed').to.equal('11/24/2026');
      // Checked as a whole once the run-time validator is there (until then `problems` says it is not checked yet).
      await form.validationReady;
      expect(form.problems).to.deep.equal([]);
      await expect(form).to.be.accessible();
    } finally {
      form.remove();
    }
  });
});
