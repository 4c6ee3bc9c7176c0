import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { dateFieldTemplate } from '../date-field/date-field.template.js';
import { textFieldTemplate } from '../text-field/text-field.template.js';
import { fieldError, fieldHint, fieldHintAndError, type FieldView } from './field-template.js';

const on = { input: () => {}, change: () => {} };

function view(hint: string, error: string): FieldView {
  return {
    ids: 'x-',
    label: 'Name',
    hideLabel: false,
    hint,
    required: false,
    readonly: false,
    disabled: false,
    lang: 'en',
    error,
    valid: false,
  };
}

function rendered(template: unknown): HTMLElement {
  const container = document.createElement('div');
  render(template, container);
  return container;
}

/** The notes of a rendered field, as markup. */
function notes(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[part=hint], [part=format], [part=error]')].map((note) => note.outerHTML);
}

/** The elements of a container, by their part or tag, and the text of each. */
function children(container: HTMLElement): string[] {
  return [...container.children].map((child) => `${child.getAttribute('part') ?? child.localName}:${child.textContent}`);
}

describe('field notes', () => {
  it('are the same markup in a widget template (fieldHint, fieldError) as in a built-in field', () => {
    const shown = view('Your full name', 'Please fill in this field.');
    const builtIn = notes(rendered(textFieldTemplate({ ...shown, type: 'text', value: '', placeholder: '' }, on)));
    expect(builtIn).to.deep.equal([
      '<div part="hint" class="hint" id="x-hint">Your full name</div>',
      '<div part="error" class="error" id="x-error"><span class="error-icon" aria-hidden="true">!</span>Please fill in this field.</div>',
    ]);
    expect(notes(rendered(html`${fieldHint(shown)}${fieldError(shown)}`))).to.deep.equal(builtIn);
    expect(notes(rendered(html`${fieldHintAndError(shown)}`))).to.deep.equal(builtIn);
    const dated = notes(rendered(dateFieldTemplate({ ...shown, text: '', format: 'DD/MM/YYYY' }, on)));
    expect(dated).to.have.length(3);
    expect(notes(rendered(html`${fieldHint(shown, 'DD/MM/YYYY')}${fieldError(shown)}`))).to.deep.equal(dated);
  });

  it('stay in their place in a widget template as they come and go', () => {
    const container = document.createElement('div');
    const draw = (hint: string, error: string) =>
      render(
        html`<p>before</p>
          ${fieldHint(view(hint, error))}
          <p>between</p>
          ${fieldHintAndError(view(hint, error))}
          <p>after</p>`,
        container,
      );
    draw('', '');
    expect(children(container)).to.deep.equal(['p:before', 'p:between', 'p:after']);
    draw('', 'Too short.');
    expect(children(container)).to.deep.equal(['p:before', 'p:between', 'error:!Too short.', 'p:after']);
    draw('A hint', 'Too short.');
    expect(children(container)).to.deep.equal(['p:before', 'hint:A hint', 'p:between', 'hint:A hint', 'error:!Too short.', 'p:after']);
    draw('Another hint', '');
    expect(children(container)).to.deep.equal(['p:before', 'hint:Another hint', 'p:between', 'hint:Another hint', 'p:after']);
    draw('', '');
    expect(children(container)).to.deep.equal(['p:before', 'p:between', 'p:after']);
  });
});
