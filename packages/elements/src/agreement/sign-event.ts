import type { Signature } from '@mentorkit/schemas';

/** Fired by `<mk-agreement>` when a party signed; `signature` is the signature appended to the record. */
export class MkSignEvent extends Event {
  constructor(readonly signature: Signature) {
    super('mk-sign', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mk-sign': MkSignEvent;
  }
}
