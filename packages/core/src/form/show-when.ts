import { nothing } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import { showWhileInPlace } from '../templates/in-place.js';
import type { ShowIf } from '../schema/json-schema.js';
import type { FormStore, PointerWatcher } from '../store/form-store.js';

/** Whether a watched value meets a declarative condition. */
export function conditionHolds(condition: ShowIf, value: unknown): boolean {
  if (condition.equals !== undefined) return value === condition.equals;
  if (condition.in !== undefined) return condition.in.includes(value);
  if (condition.filled !== undefined) {
    const filled = !(
      value === undefined ||
      value === null ||
      value === '' ||
      value === false ||
      (Array.isArray(value) && value.length === 0)
    );
    return filled === condition.filled;
  }
  return true;
}

/**
 * Element directive: hides its element while the condition on another field does not hold. It
 * watches that one pointer in the store, so only changes to the watched field re-check it. A plain
 * directive (see field-binding.ts): an element removed from its form stops watching at the next change.
 */
class ShowWhenDirective extends Directive implements PointerWatcher {
  #element: HTMLElement;
  #host: unknown;
  #store?: FormStore;
  #condition?: ShowIf & { pointer: string };
  #watching = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('showWhen() must be used on an element');
    this.#element = (part as ElementPart).element as HTMLElement;
  }

  render(_store: FormStore, _condition: ShowIf & { pointer: string }) {
    return nothing;
  }

  override update(part: ElementPart, [store, condition]: [FormStore, ShowIf & { pointer: string }]) {
    this.#host = part.options?.host;
    if (store !== this.#store || !sameCondition(condition, this.#condition) || !this.#watching) {
      this.#unwatch();
      this.#store = store;
      this.#condition = condition;
      this.#watch();
    }
    return nothing;
  }

  valueChanged(): void {
    showWhileInPlace(
      this.#element,
      this.#host,
      () => this.#check(),
      () => this.#unwatch(),
    );
  }

  #check(): void {
    const condition = this.#condition!;
    this.#element.hidden = !conditionHolds(condition, this.#store!.get(condition.pointer));
  }

  #watch(): void {
    // Names the answer it follows, for the error summary (a problem in a hidden part leads to it: form/locate.ts).
    this.#element.setAttribute('data-show-when', this.#condition!.pointer);
    this.#check();
    this.#store!.watch(this.#condition!.pointer, this);
    this.#watching = true;
  }

  #unwatch(): void {
    if (this.#store && this.#watching) this.#store.unwatch(this.#condition!.pointer, this);
    this.#watching = false;
  }
}

/** Conditions of array items are made afresh on each render: compare what they say, not their identity. */
function sameCondition(a: ShowIf & { pointer: string }, b: (ShowIf & { pointer: string }) | undefined): boolean {
  return !!b && a.pointer === b.pointer && a.equals === b.equals && a.in === b.in && a.filled === b.filled;
}

export const showWhen = directive(ShowWhenDirective);
