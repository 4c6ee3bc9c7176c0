import { nothing } from 'lit';
import { html } from '../templates/compact-html.js';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { FormStore } from '../store/form-store.js';
import { messageFor } from '../validation/message.js';

/**
 * Child directive: the message (a `.group-error` paragraph) of the first problem at a group's own pointer (a required map with no
 * entries, too few entries), shown once the form revealed its problems. A group with fields shows none:
 * the form routes its problems to its first field (`FormStore.fieldFor`); this one has no field to show them.
 */
class GroupProblemDirective extends AsyncDirective {
  #unsubscribe?: () => void;
  #args?: [FormStore, string, string];

  render(store: FormStore, pointer: string, lang: string): unknown {
    const problem = store.revealed ? store.problemsAt(pointer)[0] : undefined;
    // No element while there is nothing to show: every group of a large form has this place.
    return problem ? html`<p class="group-error">${messageFor(problem, lang)}</p>` : nothing;
  }

  override update(_part: unknown, args: [FormStore, string, string]): unknown {
    const [store, pointer] = args;
    if (!this.#unsubscribe || store !== this.#args?.[0] || pointer !== this.#args?.[1]) {
      this.#unsubscribe?.();
      this.#unsubscribe = store.subscribeProblems(pointer, () => this.#args && this.setValue(this.render(...this.#args)));
    }
    this.#args = args;
    return this.render(...args);
  }

  protected override disconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override reconnected(): void {
    if (this.#args) this.update(undefined, this.#args);
  }
}

export const groupProblem = directive(GroupProblemDirective);
