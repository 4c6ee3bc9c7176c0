import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterTranslation } from './catalogue.js';
import { resolveLang } from './lang.js';

type LangHost = ReactiveControllerHost & HTMLElement;

/**
 * Follows the language an element reads in (its own `lang`, an ancestor's across shadow roots, or
 * `<html lang>`) and re-renders the element when that language changes, so `lang` set on a live
 * element or on any ancestor switches it without losing what was typed.
 *
 * A controller rather than a mixin: the form and every control share it without a common base class
 * below LitElement. One `MutationObserver` per document or shadow root watches `lang` attributes for
 * every element connected under it; a change re-resolves only the elements it observes.
 */
export class LangController implements ReactiveController {
  readonly #host: LangHost;
  readonly #changed: (lang: string) => void;
  #lang: string | undefined;

  constructor(host: LangHost, changed: (lang: string) => void = () => host.requestUpdate()) {
    this.#host = host;
    this.#changed = changed;
    host.addController(this);
  }

  /** The language now (resolved once, then kept until a `lang` attribute changes or the element moves). */
  get value(): string {
    return (this.#lang ??= resolveLang(this.#host));
  }

  /**
   * Runs the host's update once the catalogue of `lang` (the language the host renders in) is loaded,
   * so a page in Finnish never shows English first: the host's `scheduleUpdate` calls it. A catalogue
   * that arrives after the bounded wait re-renders the host as a language change does.
   */
  translated<T>(lang: string, update: () => T): T | Promise<T> {
    return afterTranslation(lang, () => this.#changed(lang), update);
  }

  hostConnected(): void {
    watch(this);
    // Moved under another ancestor, or read before it was connected: the language may differ now.
    // Not read yet: it is resolved when first read (fields inside a form read the form's instead).
    this.check();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Resolves the language again (when it was read before); tells the host when it changed. */
  check(): void {
    if (this.#lang === undefined) return;
    const lang = resolveLang(this.#host);
    if (lang === this.#lang) return;
    this.#lang = lang;
    this.#changed(lang);
  }

  get host(): LangHost {
    return this.#host;
  }
}

/** Controllers by the roots (document or shadow roots) whose `lang` changes can reach them. */
const watchers = new Map<Node, { observer: MutationObserver; controllers: Set<LangController> }>();

/** The roots each controller was added to when its host connected. */
const watched = new WeakMap<LangController, Node[]>();

/** Every root above an element: its own root, its host's root, …, up to the document. */
function rootsOf(element: Element): Node[] {
  const roots: Node[] = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  roots.push(root);
  return roots;
}

function watch(controller: LangController): void {
  unwatch(controller);
  const roots = rootsOf(controller.host);
  watched.set(controller, roots);
  for (const root of roots) {
    let watcher = watchers.get(root);
    if (!watcher) {
      const controllers = new Set<LangController>();
      const observer = new MutationObserver(() => controllers.forEach((c) => c.check()));
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      watcher = { observer, controllers };
      watchers.set(root, watcher);
    }
    watcher.controllers.add(controller);
  }
}

function unwatch(controller: LangController): void {
  for (const root of watched.get(controller) ?? []) {
    const watcher = watchers.get(root);
    if (!watcher?.controllers.delete(controller) || watcher.controllers.size) continue;
    watcher.observer.disconnect();
    watchers.delete(root);
  }
  watched.delete(controller);
}
