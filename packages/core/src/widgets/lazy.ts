import { html, type CSSResult, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { setChildPartValue } from 'lit/directive-helpers.js';
import { term } from '../l10n/catalogue.js';
import type { LazyModule } from '../lazy-module.js';
import { addStyles } from '../styles/add-styles.js';
import { showWhileInPlace } from '../templates/in-place.js';

/**
 * Each chunk only `<mk-form>` loads (these widgets, `<mk-array>`, the date fields, drafts, the run-time
 * validator) re-exports `MkForm` (`loadedBy`). That costs nothing (the form is loaded before any of them)
 * and puts every module the form and a chunk share into one file with the form: the bundler otherwise
 * splits the form's code into a file per set of chunks that share it (12 files, 37.8 KB gzip for
 * define/form.js; with the re-exports 4 files, 34 KB). Not for a chunk that code outside the form loads
 * too (the pattern engine, which field elements on their own reach): their bundles would carry the form.
 *
 * Code that few forms need (the signature pad, the map and JSON editors, alternatives), loaded by
 * `import()` the first time a form renders it, so `define/form.js` does not carry it. Until the chunk is
 * there its place shows a loading notice; a form's `updateComplete` waits for every load it started
 * (`widgetsLoading`), so what a test or host reads after it is the widget itself.
 */
const loading = new Set<Promise<unknown>>();

/** The loads under way, for a form's `updateComplete` to wait on. */
export function widgetsLoading(): Promise<unknown>[] {
  return [...loading];
}

/** Runs `then` when the page is idle (within 2 s): for fetching code a form may need soon, after its render. */
export function whenIdle(then: () => unknown): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void then(), { timeout: 2000 });
  else setTimeout(() => void then(), 200);
}

/** Tracks a load for `widgetsLoading` until it settles. */
function track<T>(promise: Promise<T>): Promise<T> {
  loading.add(promise);
  const done = () => loading.delete(promise);
  promise.then(done, done);
  return promise;
}

/** Loads `module` for a render: `updateComplete` of the form waits for it (`widgetsLoading`). */
export function loadForRender<M>(module: LazyModule<M>): Promise<M> {
  return track(module.load());
}

/** The notice shown while a widget's code loads: announced politely, in the form's language. */
export function loadingNotice(lang: string, label: string): TemplateResult {
  return html`<p class="loading" role="status">${label ? `${label}: ` : ''}${term(lang, 'loading')}</p>`;
}

/** A plain directive (no `AsyncDirective`, see field-binding.ts): the widget replaces the notice while it is in place. */
class WhenLoaded extends Directive {
  #part?: ChildPart;
  #module?: LazyModule<unknown>;
  #draw?: (module: never) => unknown;
  #root?: ShadowRoot | null;

  override update(part: ChildPart, [module, draw, placeholder]: [LazyModule<unknown>, (module: never) => unknown, unknown]): unknown {
    this.#part = part;
    this.#root = (part.options?.host as Element | undefined)?.shadowRoot;
    return this.render(module as LazyModule<never>, draw, placeholder);
  }

  render<M>(module: LazyModule<M>, draw: (module: M) => unknown, placeholder: unknown): unknown {
    if (module.loaded) return this.#drawn(module.loaded, draw as (module: never) => unknown);
    this.#draw = draw as (module: never) => unknown;
    if (this.#module !== module) {
      this.#module = module;
      void track(
        module.load().then(
          (loaded) => {
            const part = this.#part!;
            if (this.#module !== module) return;
            showWhileInPlace(
              part.startNode,
              part.options?.host,
              () => setChildPartValue(part, this.#drawn(loaded, this.#draw!), this),
              () => {
                // Taken out of the page meanwhile: nothing to show; a new render draws it at once.
              },
            );
          },
          () => {
            // The chunk could not be fetched: the notice stays (it names what is missing); nothing else breaks.
          },
        ),
      );
    }
    return placeholder;
  }

  /** The widget, with the styles its chunk brings (`styles`) added to the shadow root it renders in. */
  #drawn(loaded: unknown, draw: (module: never) => unknown): unknown {
    const { styles } = loaded as { styles?: CSSResult };
    if (styles) addStyles(this.#root, styles);
    return draw(loaded as never);
  }
}

/**
 * Renders `draw(module)` once `module` is loaded, `placeholder` until then. When it is already loaded
 * it renders at once, so re-renders of the form keep the widget's DOM (and focus) as any template does.
 * A module that exports `styles` has them added to the shadow root of the element rendering it.
 */
export const whenLoaded = directive(WhenLoaded) as <M>(
  module: LazyModule<M>,
  draw: (module: M) => unknown,
  placeholder: unknown,
) => unknown;

/**
 * Loads the module that defines custom element `tag` the first time the element is rendered, unless the
 * page defined it already (a document element imports `define/signature.js` itself). The tag renders at
 * once: give it a loading notice as light content, which its shadow root hides once it upgrades.
 */
export function defineOnFirstUse(module: LazyModule<unknown>, tag: string): void {
  if (!module.loaded && !customElements.get(tag))
    track(module.load()).catch(() => {
      // Left showing its loading notice; the element stays undefined.
    });
}
