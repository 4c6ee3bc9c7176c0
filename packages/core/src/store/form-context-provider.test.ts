import { ContextConsumer } from '@lit/context';
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { type FormContext, formContext } from './form-context.js';
import { FormContextProvider } from './form-context-provider.js';
import { FormStore } from './form-store.js';

/** A consumer as the field elements are (`@consume({ context: formContext, subscribe: true })`). */
class ContextReader extends LitElement {
  readonly seen: (FormContext | undefined)[] = [];
  readonly consumer = new ContextConsumer(this, { context: formContext, subscribe: true, callback: (value) => this.seen.push(value) });
}
customElements.define('test-context-reader', ContextReader);

const contextOf = (lang: string): FormContext => ({ store: new FormStore({}), lang, readonly: false, disabled: false });

describe('FormContextProvider', () => {
  let host: HTMLElement;
  let provider: FormContextProvider;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    provider = new FormContextProvider(host, contextOf('en'));
  });
  afterEach(() => host.remove());

  it('answers a consumer inside it and tells it each new value, once per value', async () => {
    const reader = document.createElement('test-context-reader') as ContextReader;
    host.append(reader);
    expect(reader.consumer.value?.lang).to.equal('en');
    const nb = contextOf('nb');
    provider.setValue(nb);
    provider.setValue(nb);
    expect(reader.seen.map((c) => c?.lang)).to.deep.equal(['en', 'nb']);
    provider.setValue(nb, true);
    expect(reader.seen.length, 'forced: sent again').to.equal(3);
  });

  it('stops telling a consumer that left, and answers it again when it comes back', () => {
    const reader = document.createElement('test-context-reader') as ContextReader;
    host.append(reader);
    reader.remove();
    provider.setValue(contextOf('fi'));
    expect(reader.seen.map((c) => c?.lang)).to.deep.equal(['en']);
    host.append(reader);
    expect(reader.consumer.value?.lang).to.equal('fi');
  });

  it('does not answer requests from outside it or from its own host', () => {
    const outside = document.createElement('test-context-reader') as ContextReader;
    document.body.append(outside);
    expect(outside.consumer.value).to.equal(undefined);
    outside.remove();
    let answered = false;
    host.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context: formContext,
        contextTarget: host,
        callback: () => (answered = true),
      }),
    );
    expect(answered).to.equal(false);
  });
});
