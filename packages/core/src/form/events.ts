import type { Problem } from '../validation/problem.js';

/** Fired by `<mk-form>` and the document elements when a submit finds the record valid. Cancelable. */
export class MkSubmitEvent extends Event {
  constructor(readonly value: unknown) {
    super('mk-submit', { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when a submit finds problems; `problems` are in the shared error shape. */
export class MkInvalidEvent extends Event {
  constructor(readonly problems: Problem[]) {
    super('mk-invalid', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mk-submit': MkSubmitEvent;
    'mk-invalid': MkInvalidEvent;
  }
}
