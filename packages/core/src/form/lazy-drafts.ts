import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { addStyles } from '../styles/add-styles.js';
import { lazyModule } from '../lazy-module.js';
import { loadForRender } from '../widgets/lazy.js';
import type { DraftController, DraftOptions } from './draft-controller.js';

const chunk = lazyModule(() => import('./drafts-chunk.js'));

/**
 * A form's drafts (`DraftController`), loaded with their chunk only once the form is in the page with an
 * `autosave` key: most forms have none. Until the chunk is there the form has no draft, no notice and
 * is not read-only for one, as while the autosave store itself loads; the form's `updateComplete` waits
 * for the chunk, and edits made meanwhile are saved once it is there.
 */
export class LazyDrafts implements ReactiveController {
  #drafts?: DraftController;
  #loading?: Promise<DraftController | undefined>;
  #edited = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DraftOptions,
  ) {
    host.addController(this);
    options.store.onChange((pointer) => {
      if (pointer !== '') this.#edited = true;
    });
  }

  hostConnected(): void {
    this.#follow();
  }

  hostUpdate(): void {
    this.#follow();
  }

  /** True while another tab writes the draft: the form cannot be changed here. */
  get readOnly(): boolean {
    return this.#drafts?.readOnly ?? false;
  }

  /** See `DraftController.loaded`. */
  loaded(): void {
    this.#edited = false;
    this.#drafts?.loaded();
  }

  /** See `DraftController.save`. */
  async save(): Promise<void> {
    await (await this.#loading)?.save();
  }

  /** See `DraftController.clear`. */
  async clear(): Promise<void> {
    await (await this.#loading)?.clear();
  }

  /** The draft notice, if any (see draft-notice.ts). */
  renderNotice(lang: string, fileName: string): TemplateResult | typeof nothing {
    return this.#drafts ? chunk.loaded!.renderDraftNotice(this.#drafts, lang, fileName) : nothing;
  }

  #follow(): void {
    if (this.#loading || !this.host.isConnected || !this.options.key()) return;
    this.#loading = loadForRender(chunk).then(
      ({ DraftController, draftNoticeStyles }) => {
        addStyles(this.host.shadowRoot, draftNoticeStyles);
        // From here on the controller follows the key itself (another key, or none).
        this.#drafts = new DraftController(this.host, this.options, this.#edited);
        this.host.requestUpdate();
        return this.#drafts;
      },
      () => {
        // The chunk could not be fetched: no drafts, as in a browser that cannot keep them.
        this.#loading = undefined;
        return undefined;
      },
    );
  }
}
