import { nothing } from 'lit';
import { html } from '../templates/compact-html.js';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { FormStore, PointerWatcher } from '../store/form-store.js';
import { messageFor } from '../validation/message.js';

/**
 * Child directive: the message (a `.group-error` paragraph) of the first problem at a group's own pointer (a required map with no
 * entries, too few entries), shown once the form revealed its problems. A group with fields shows none:
 * the form routes its problems to its first field (`FormStore.fieldFor`); this one has no field to show them.
 */
class GroupProblemDirective extends AsyncDirective implements PointerWatcher {
  /** The store and pointer watched, while watched. */
  #watched?: [FormStore, string];
  #args?: [FormStore, string, string];

  render(store: FormStore, pointer: string, lang: string): unknown {
    const problem = store.revealed ? store.problemsAt(pointer)[0] : undefined;
    // No element while there is nothing to show: every group of a large form has this place.
    return problem ? html`<p class="group-error">${messageFor(problem, lang)}</p>` : nothing;
  }

  override update(_part: unknown, args: [FormStore, string, string]): unknown {
    const [store, pointer] = args;
    if (store !== this.#watched?.[0] || pointer !== this.#watched[1]) {
      this.#unwatch();
      store.watch(pointer, this);
      this.#watched = [store, pointer];
    }
    this.#args = args;
    return this.render(...args);
  }

  valueChanged(): void {}

  problemsChanged(): void {
    if (this.#args) this.setValue(this.render(...this.#args));
  }

  #unwatch(): void {
    this.#watched?.[0].unwatch(this.#watched[1], this);
    this.#watched = undefined;
  }

  protected override disconnected(): void {
    this.#unwatch();
  }

  protected override reconnected(): void {
    if (this.#args) this.update(undefined, this.#args);
  }
}

export const groupProblem = directive(GroupProblemDirective);
