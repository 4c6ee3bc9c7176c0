import { nothing } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { setChildPartValue } from 'lit/directive-helpers.js';
import { showWhileInPlace } from '../templates/in-place.js';
import type { FormStore } from '../store/form-store.js';

/** What a watched part shows, and the key that says when it must render again. */
export interface WatchView {
  /** Computed on every change at or below the pointer: the part renders again only when it differs. */
  key: () => unknown;
  render: () => unknown;
}

/**
 * Child directive: renders `view` and renders it again when a change at, above or below `pointer`
 * changes `view.key()` (the chosen branch, whether a condition holds, the keys of a map). Typing in
 * a field below re-computes the key and nothing else, so a keystroke does not re-render the part.
 * A plain directive (see form/field-binding.ts): a part removed from the page stops watching at the next change.
 */
class WatchDirective extends Directive {
  #part?: ChildPart;
  #unsubscribe?: () => void;
  #store?: FormStore;
  #pointer = '';
  #view?: WatchView;
  #key: unknown;

  render(_store: FormStore, _pointer: string, view: WatchView): unknown {
    this.#key = view.key();
    return view.render();
  }

  override update(part: ChildPart, [store, pointer, view]: [FormStore, string, WatchView]): unknown {
    this.#part = part;
    this.#view = view;
    if (store !== this.#store || pointer !== this.#pointer || !this.#unsubscribe) {
      this.#unsubscribe?.();
      this.#store = store;
      this.#pointer = pointer;
      this.#subscribe();
    }
    return this.render(store, pointer, view);
  }

  #subscribe(): void {
    const pointer = this.#pointer;
    this.#unsubscribe = this.#store!.onChange((changed) => {
      const related = changed === '' || changed === pointer || changed.startsWith(pointer + '/') || pointer.startsWith(changed + '/');
      if (!related || !this.#view) return;
      const part = this.#part!;
      showWhileInPlace(
        part.startNode,
        part.options?.host,
        () => this.#show(),
        () => this.#stop(),
      );
    });
  }

  #show(): void {
    const key = this.#view!.key();
    if (sameKey(key, this.#key)) return;
    this.#key = key;
    setChildPartValue(this.#part!, this.#view!.render() ?? nothing, this);
  }

  #stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}

function sameKey(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

export const watch = directive(WatchDirective);
