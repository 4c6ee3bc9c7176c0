import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { localise } from '../l10n/catalogue.js';
import { resolveLang } from '../l10n/lang.js';
import { tokens } from '../styles/tokens.js';
import { sealTerms as t } from './seal-terms.js';
import { fillTerm } from './seal-text.js';
import { ThemeClasses } from '../styles/theme-classes.js';

/** How many empty fields the confirmation names before "and N more". */
const emptyShown = 8;

/**
 * The confirmation before a signature: a modal dialog (native `<dialog>`, so focus stays in it and Escape
 * cancels) that says who signs, what the signature locks, and which of those fields are still empty.
 *
 * @summary Confirmation before signing: what it locks, what is still empty.
 * @csspart dialog - The dialog.
 * @csspart locks - The list of what the signature locks.
 * @csspart empty - The warning about fields still empty.
 * @csspart confirm-button - The button that signs.
 * @csspart cancel-button - The button that cancels.
 */
export class MkSealDialog extends LitElement {
  static override styles = [
    tokens,
    css`
      dialog {
        max-inline-size: min(36rem, 90vw);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        color: var(--_fg);
        background: var(--_bg);
        font: inherit;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.2rem;
      }
      .empty {
        border-inline-start: 4px solid var(--_danger);
        padding-inline-start: 0.75rem;
      }
      .buttons {
        display: flex;
        gap: 0.5rem;
        justify-content: flex-end;
        margin-block-start: 1rem;
      }
      button {
        font: inherit;
        padding: 0.4rem 1rem;
      }
    `,
  ];

  /** Who signs, as the heading names them. */
  @property() signer = '';

  /** What the signature locks, as a reader names the parts. */
  @property({ attribute: false }) locks: string[] = [];

  /** Fields still empty that the signature would lock empty. */
  @property({ attribute: false }) empty: string[] = [];

  @query('dialog') private dialog?: HTMLDialogElement;

  #answer?: (signed: boolean) => void;

  /** Opens the dialog; resolves true when the person confirms, false when they cancel (button or Escape). */
  async ask(): Promise<boolean> {
    await this.updateComplete;
    this.#answer?.(false);
    const answer = new Promise<boolean>((resolve) => (this.#answer = resolve));
    this.dialog!.showModal();
    // Signing is what the person asked for: Enter confirms, Escape or Tab to "Cancel" backs out.
    this.renderRoot.querySelector<HTMLButtonElement>('[part=confirm-button]')!.focus();
    return answer;
  }

  #close(signed: boolean): void {
    this.dialog?.close();
    const answer = this.#answer;
    this.#answer = undefined;
    answer?.(signed);
  }

  constructor() {
    super();
    // Gives the page the rules of the .mk-theme-* classes (styles/theme-classes.ts).
    new ThemeClasses(this);
  }

  override render(): TemplateResult {
    const lang = resolveLang(this);
    const shown = this.empty.slice(0, emptyShown);
    const more = this.empty.length - shown.length;
    return html`<dialog part="dialog" aria-labelledby="title" @cancel=${() => this.#close(false)}>
      <h2 id="title">${fillTerm(t.confirmTitle, lang, { name: this.signer })}</h2>
      <p>${localise(t.locks, lang)}</p>
      <ul part="locks">
        ${this.locks.map((l) => html`<li>${l}</li>`)}
      </ul>
      ${
        this.empty.length
          ? html`<div class="empty" part="empty">
              <p>
                <strong><span aria-hidden="true">⚠ </span>${localise(t.stillEmpty, lang)}</strong>
              </p>
              <ul>
                ${shown.map((e) => html`<li>${e}</li>`)} ${more > 0 ? html`<li>${fillTerm(t.andMore, lang, { n: more })}</li>` : nothing}
              </ul>
            </div>`
          : nothing
      }
      <div class="buttons">
        <button type="button" part="cancel-button" @click=${() => this.#close(false)}>${localise(t.cancel, lang)}</button>
        <button type="button" part="confirm-button" @click=${() => this.#close(true)}>${localise(t.sign, lang)}</button>
      </div>
    </dialog>`;
  }
}
