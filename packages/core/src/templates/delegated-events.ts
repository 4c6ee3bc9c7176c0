import type { ElementPart } from 'lit/directive.js';

/** The events a field's markup listens to. */
export type DelegatedEvent = 'input' | 'change' | 'focusout' | 'keydown';

/** Who handles an event from an element or from inside it (the element directives of a field). */
export interface DelegatedHandler {
  handleEvent(event: Event): void;
}

/**
 * The property of an element that holds its handler of each event: a property rather than a `WeakMap`,
 * whose entries cost several times as much to add (V8 hashes each key) and to keep (ephemerons) in a
 * form of thousands of fields.
 */
const keys: Record<DelegatedEvent, symbol> = {
  input: Symbol('input handler'),
  change: Symbol('change handler'),
  focusout: Symbol('focusout handler'),
  keydown: Symbol('keydown handler'),
};

type Handled = Element & Partial<Record<symbol, DelegatedHandler>>;

/** The roots that have the listeners already. */
const listening = new WeakSet<Node>();

/** Calls the handler of the nearest element, from the event's target up, that has one for the event. */
function dispatch(event: Event): void {
  const key = keys[event.type as DelegatedEvent];
  for (let element = event.target as Element | null; element; element = element.parentElement) {
    const handler = (element as Handled)[key];
    if (handler) return handler.handleEvent(event);
  }
}

/**
 * Has `handler` called for `types` events from `part`'s element or from inside it, by one listener per
 * type on the render root of the template's host (a form's shadow root, a field element's own, where
 * LitElement renders its templates): a form of thousands of fields adds three listeners, not one or two
 * for each control, option and field. The events are ones that bubble (`input`, `change`, `focusout`),
 * so the handler sees what a listener on the element would. A template rendered without a host that has
 * a render root listens on the element itself. `on`: another element of the part's template than the part's own.
 */
export function delegate(part: ElementPart, types: readonly DelegatedEvent[], handler: DelegatedHandler, on: Element = part.element): void {
  const element = on as Handled;
  const root = (part.options?.host as { renderRoot?: Node } | undefined)?.renderRoot;
  if (!root) {
    for (const type of types) element.addEventListener(type, handler);
    return;
  }
  for (const type of types) element[keys[type]] = handler;
  if (listening.has(root)) return;
  listening.add(root);
  for (const type of Object.keys(keys)) root.addEventListener(type, dispatch);
}
