import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement, nothing, render } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import { delegate } from './delegated-events.js';
import { ElementDirective } from './element-directive.js';

/** Records the events `delegate` hands it, with what `this` the handler of a field's template would get. */
class Recorder extends ElementDirective {
  static seen: string[] = [];
  #bound = false;

  render(_name: string, _types: Array<'input' | 'change' | 'focusout'>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [name, types]: [string, Array<'input' | 'change' | 'focusout'>]): typeof nothing {
    if (!this.#bound) delegate(part, types, { handleEvent: (event) => Recorder.seen.push(`${name}:${event.type}`) });
    this.#bound = true;
    return nothing;
  }
}
const recorder = directive(Recorder);

class DelegateHost extends LitElement {
  override render() {
    return html`<div ${recorder('field', ['focusout'])}>
        <input class="a" ${recorder('a', ['input', 'change'])} />
        <div ${recorder('box', ['input'])}><input class="b" type="checkbox" /></div>
      </div>
      <input class="outside" />`;
  }
}
customElements.define('delegate-host', DelegateHost);

describe('delegated events', () => {
  beforeEach(() => (Recorder.seen = []));

  it('hands each event to the nearest element that takes it', async () => {
    const host = await fixture<DelegateHost>(html`<delegate-host></delegate-host>`);
    const root = host.shadowRoot!;
    const a = root.querySelector<HTMLInputElement>('.a')!;
    a.focus();
    await sendKeys({ type: 'x' });
    root.querySelector<HTMLInputElement>('.b')!.click();
    root.querySelector<HTMLInputElement>('.outside')!.focus();
    // Typing into a: its input; the checkbox's input is the box's (its change no one's); leaving a: its change, the field's focusout.
    expect(Recorder.seen).to.deep.equal(['a:input', 'box:input', 'a:change', 'field:focusout']);
    expect(a.value).to.equal('x');
  });

  it('listens on the element itself when the template has no host with a render root', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    render(html`<input ${recorder('plain', ['input'])} />`, container);
    const input = container.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'y' });
    expect(Recorder.seen).to.deep.equal(['plain:input']);
    container.remove();
  });
});
