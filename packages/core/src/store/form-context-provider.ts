import type { ContextCallback, ContextEvent } from '@lit/context';
import { type FormContext, formContext } from './form-context.js';

/**
 * Answers the `context-request` events of the elements inside a form (`@consume({ context: formContext })`
 * in field elements, arrays, the signature pad and document parts) with the form's context, and tells
 * subscribers when it changes: the provider half of the context protocol that `@lit/context`'s consumers
 * speak, written out so `<mk-form>`'s own bundle does not carry the library (only elements that consume do).
 * Same behaviour as `ContextProvider`: a request from the host itself is not answered, a new value is
 * sent only when it is another object (or when forced).
 */
export class FormContextProvider {
  #value: FormContext;
  readonly #subscribers = new Map<ContextCallback<FormContext>, () => void>();

  constructor(
    private readonly host: HTMLElement,
    value: FormContext,
  ) {
    this.#value = value;
    host.addEventListener('context-request', this.#onRequest);
  }

  setValue(value: FormContext, force = false): void {
    const changed = force || !Object.is(value, this.#value);
    this.#value = value;
    if (changed) for (const [callback, unsubscribe] of this.#subscribers) callback(value, unsubscribe);
  }

  #onRequest = (event: Event): void => {
    const request = event as ContextEvent<typeof formContext>;
    if (request.context !== formContext) return;
    const target = request.contextTarget ?? request.composedPath()[0];
    if (target === this.host) return;
    event.stopPropagation();
    const callback = request.callback as ContextCallback<FormContext>;
    if (!request.subscribe) return callback(this.#value);
    let unsubscribe = this.#subscribers.get(callback);
    if (!unsubscribe) {
      unsubscribe = () => this.#subscribers.delete(callback);
      this.#subscribers.set(callback, unsubscribe);
    }
    callback(this.#value, unsubscribe);
  };
}
