import type { Signature } from '@mentorkit/schemas';

/** Fired by a document element when someone signed; `signature` is the signature appended to the record. */
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
