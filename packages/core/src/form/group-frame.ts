import { nothing } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import { showWhileInPlace } from '../templates/in-place.js';
import type { FormStore, PointerWatcher } from '../store/form-store.js';
import { messageFor } from '../validation/message.js';

/**
 * Element directive on an object's `<fieldset>`: its `data-pointer`, the text of its `<legend>` (its first child),
 * and the message of the first problem at the group's own pointer (a required map with no entries, too few entries)
 * once the form revealed its problems, as a `<p class="group-error">` after the legend and the group's help. A group
 * with fields shows none there: the form routes their problems to its first field (`FormStore.fieldFor`). One part per
 * group, and no element while there is nothing to show, where a binding per attribute and a child part for the
 * problem would be three (a form of hundreds of groups, an observation's points, builds every one). It watches the
 * group's pointer in the store (`FormStore.watch`); a plain directive, as a light field is, it stops watching once it
 * was removed from its form (see `showWhileInPlace`).
 */
class GroupFrameDirective extends Directive implements PointerWatcher {
  #group?: Element;
  #host?: unknown;
  #store?: FormStore;
  #pointer?: string;
  #label?: string;
  #lang = '';
  /** The store watched at `#pointer`, while it is. */
  #watched?: FormStore;
  #watchedAt?: string;
  #error?: HTMLParagraphElement;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('groupFrame() belongs on a fieldset, as <fieldset ${…}>');
  }

  render(_store: FormStore, _pointer: string, _label: string, _lang: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [store, pointer, label, lang]: [FormStore, string, string, string]): typeof nothing {
    const group = (this.#group = part.element);
    this.#host = part.options?.host;
    if (pointer !== this.#pointer) group.setAttribute('data-pointer', (this.#pointer = pointer));
    if (label !== this.#label) group.firstElementChild!.textContent = this.#label = label;
    this.#store = store;
    this.#lang = lang;
    if (store !== this.#watched || pointer !== this.#watchedAt) this.#watch();
    this.#showProblem();
    return nothing;
  }

  /** Nothing of the group's value shows in its frame; a group removed from its form stops watching. */
  valueChanged(): void {
    showWhileInPlace(
      this.#group,
      this.#host,
      () => {},
      () => this.#unwatch(),
    );
  }

  problemsChanged(): void {
    showWhileInPlace(
      this.#group,
      this.#host,
      () => this.#watched && this.#showProblem(),
      () => this.#unwatch(),
    );
  }

  #watch(): void {
    this.#unwatch();
    this.#store!.watch(this.#pointer!, this);
    this.#watched = this.#store;
    this.#watchedAt = this.#pointer;
  }

  #unwatch(): void {
    this.#watched?.unwatch(this.#watchedAt!, this);
    this.#watched = undefined;
  }

  #showProblem(): void {
    const store = this.#store!;
    const problem = store.revealed ? store.problemsAt(this.#pointer!)[0] : undefined;
    if (!problem) {
      this.#error?.remove();
      return;
    }
    const text = messageFor(problem, this.#lang);
    if (!this.#error) {
      this.#error = document.createElement('p');
      this.#error.className = 'group-error';
    }
    if (this.#error.textContent !== text) this.#error.textContent = text;
    if (this.#error.parentNode) return;
    // After the legend and the group's help (its first slot's element, which stays while the group does).
    const legend = this.#group!.firstElementChild!;
    const help = legend.nextElementSibling?.classList.contains('group-help') ? legend.nextElementSibling : legend;
    help.after(this.#error);
  }
}

/** The pointer, legend and own problem of an object's fieldset (see {@link GroupFrameDirective}). */
export const groupFrame = directive(GroupFrameDirective);
