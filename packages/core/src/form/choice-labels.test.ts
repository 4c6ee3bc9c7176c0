import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/form.js';
import type { MkForm } from './form.js';

// RJSF's `enumNames`, which schemas from other tools carry: the labels of an enum's values, in their order.
const schema = {
  type: 'object',
  properties: {
    phase: {
      type: 'string',
      title: 'Phase',
      enum: ['primary', 'secondary', 'fe'],
      enumNames: ['Primary', 'Secondary', 'Further education'],
    },
    subject: {
      type: 'string',
      title: 'Subject',
      enum: ['ma', 'en', 'sc', 'hi', 'gg'],
      enumNames: ['Maths', 'English', 'Science', 'History', 'Geography'],
    },
    phases: {
      type: 'array',
      title: 'Phases taught',
      uniqueItems: true,
      items: { type: 'string', enum: ['primary', 'secondary', 'fe'], enumNames: ['Primary', 'Secondary', 'Further education'] },
    },
    // A list of names that does not match the values is not used: the values are shown.
    term: { type: 'string', title: 'Term', enum: ['autumn', 'spring'], enumNames: ['Autumn'] },
  },
};

describe('<mk-form> choice labels from enumNames', () => {
  it('shows each value by its name and records the value, by mouse and keyboard', async () => {
    const form = await fixture<MkForm>(html`<mk-form .schema=${schema}></mk-form>`);
    const root = form.shadowRoot!;
    const labels = (path: string) =>
      [...root.querySelectorAll(`[path="${path}"] label`)].map((label) => label.textContent!.trim()).filter(Boolean);
    expect(labels('/phase')).to.include.members(['Primary', 'Secondary', 'Further education']);
    expect(labels('/phases')).to.include.members(['Primary', 'Secondary', 'Further education']);
    expect(labels('/term')).to.include.members(['autumn', 'spring']);
    const options = [...root.querySelectorAll<HTMLOptionElement>('[path="/subject"] option')].map((o) => o.textContent!.trim());
    expect(options).to.include.members(['Maths', 'English', 'Science', 'History', 'Geography']);

    const further = [...root.querySelectorAll<HTMLLabelElement>('[path="/phase"] label')].find((l) => l.textContent!.includes('Further'))!;
    further.click();
    const secondary = [...root.querySelectorAll<HTMLLabelElement>('[path="/phases"] label')].find((l) =>
      l.textContent!.includes('Secondary'),
    )!;
    secondary.click();
    root.querySelector<HTMLSelectElement>('[path="/subject"] select')!.focus();
    // Type-ahead finds an option by its label: "Sc" is Science.
    await sendKeys({ type: 'Sc' });
    await form.updateComplete;
    expect(form.value).to.deep.equal({ phase: 'fe', phases: ['secondary'], subject: 'sc' });
    await expect(form).to.be.accessible();
  });
});
