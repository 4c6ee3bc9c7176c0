import { html, LitElement, nothing } from 'lit';
import { setValueAt, valueAt } from './schema-fields.mjs';

/**
 * The one-LitElement peer: one element renders the whole form from one template of plain native
 * controls. A keystroke only stores the control's value in `data` (the control already shows it, and
 * nothing else on the page depends on it), so typing re-renders nothing; a submit validates `data` and
 * renders again with the errors beside their fields.
 */
export class BenchLitForm extends LitElement {
  static properties = { errors: { state: true } };

  constructor() {
    super();
    /** The tree from `schemaTree`, the record, and a validator `(data) => [{ pointer, message }]`. */
    this.tree = undefined;
    this.data = {};
    this.validate = () => [];
    this.errors = new Map();
    this.paths = new Map();
  }

  render() {
    return html`<form novalidate @input=${this.onInput} @submit=${this.onSubmit}>
      <h2>${this.tree.title}</h2>
      <div>${this.tree.children.map((node) => this.node(node))}</div>
      <button type="submit">Submit</button>
    </form>`;
  }

  node(node) {
    if (node.group)
      return html`<fieldset>
        <legend>${node.title}</legend>
        ${node.children.map((child) => this.node(child))}
      </fieldset>`;
    const name = node.path.join('.');
    this.paths.set(name, node);
    const id = `x_${node.path.join('_')}`;
    const value = valueAt(this.data, node.path);
    const error = this.errors.get(node.pointer);
    const label = html`${node.title}${node.required ? ' *' : ''}`;
    const message = error ? html`<p class="error">${error}</p>` : nothing;
    switch (node.control) {
      case 'textarea':
        return html`<div class="field">
          <label for=${id}>${label}</label><textarea id=${id} name=${name} .value=${value ?? ''}></textarea>${message}
        </div>`;
      case 'checkbox':
        return html`<div class="field">
          <input id=${id} name=${name} type="checkbox" .checked=${value === true} /><label for=${id}>${label}</label>${message}
        </div>`;
      case 'select':
        return html`<div class="field">
          <label for=${id}>${label}</label
          ><select id=${id} name=${name}>
            <option value=""></option>
            ${node.options.map((option) => html`<option ?selected=${option === value}>${option}</option>`)}</select
          >${message}
        </div>`;
      case 'radio':
        return html`<fieldset class="field radios">
          <legend>${label}</legend>
          ${node.options.map((option) => html`<label><input type="radio" name=${name} value=${option} .checked=${option === value} /> ${option}</label>`)}${message}
        </fieldset>`;
      // One template per input type: an input whose type is set after it is created is rebuilt.
      case 'number':
        return html`<div class="field">
          <label for=${id}>${label}</label><input id=${id} name=${name} type="number" step="1" .value=${String(value ?? '')} />${message}
        </div>`;
      case 'date':
        return html`<div class="field">
          <label for=${id}>${label}</label><input id=${id} name=${name} type="date" .value=${value ?? ''} />${message}
        </div>`;
      default:
        return html`<div class="field">
          <label for=${id}>${label}</label><input id=${id} name=${name} type="text" .value=${value ?? ''} />${message}
        </div>`;
    }
  }

  onInput(event) {
    const control = event.target;
    const node = this.paths.get(control.name);
    if (!node) return;
    let value = control.value;
    if (node.control === 'checkbox') value = control.checked;
    else if (node.control === 'number') value = control.value === '' ? undefined : control.valueAsNumber;
    else if (value === '' && node.control !== 'textarea') value = undefined;
    setValueAt(this.data, node.path, value);
  }

  onSubmit(event) {
    event.preventDefault();
    this.errors = new Map(this.validate(this.data).map(({ pointer, message }) => [pointer, message]));
  }
}
customElements.define('bench-lit-form', BenchLitForm);
