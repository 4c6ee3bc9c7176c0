import { html, nothing, type TemplateResult } from 'lit';
import { addEnglish, term } from '../l10n/catalogue.js';
import { enDrafts } from '../l10n/en-drafts.js';
import type { DraftController } from './draft-controller.js';

addEnglish(enDrafts);

/** The notice a form shows about its draft, with the choices it offers (see `DraftController`). */
export function renderDraftNotice(drafts: DraftController, lang: string, fileName: string): TemplateResult | typeof nothing {
  const notice = drafts.notice;
  if (!notice) return nothing;
  switch (notice.kind) {
    case 'restored':
      return html`<div class="notice" part="draft-notice" role="status">
        <span class="notice-icon" aria-hidden="true">↺</span>
        <span>${term(lang, 'draftRestored', { time: new Date(notice.savedAt).toLocaleString(lang) })}</span>
        <button type="button" @click=${() => drafts.discard()}>${term(lang, 'discardDraft')}</button>
      </div>`;
    case 'newer':
      return html`<div class="notice warning" part="draft-notice" role="alert">
        <span class="notice-icon" aria-hidden="true">⚠</span>
        <span>${term(lang, 'draftNewer', { time: new Date(notice.savedAt).toLocaleString(lang) })}</span>
        <button type="button" data-choice="keep" @click=${() => drafts.keepDraft()}>${term(lang, 'keepDraft')}</button>
        <button type="button" data-choice="theirs" @click=${() => drafts.useLoaded()}>${term(lang, 'useLoaded')}</button>
      </div>`;
    case 'failed':
      return html`<div class="notice warning" part="draft-notice" role="alert">
        <span class="notice-icon" aria-hidden="true">⚠</span>
        <span>${term(lang, 'draftFailed', { cause: notice.cause })}</span>
        <a
          href="#"
          download=${fileName}
          @click=${(event: Event) => ((event.currentTarget as HTMLAnchorElement).href = URL.createObjectURL(drafts.exportRecord()))}
          >${term(lang, 'downloadDraft')}</a
        >
      </div>`;
    default:
      return html`<div class="notice warning" part="draft-notice" role="alert">
        <span class="notice-icon" aria-hidden="true">⚠</span>
        <span>${term(lang, 'draftConflict')}</span>
        <button type="button" @click=${() => drafts.takeOver()}>${term(lang, 'takeOverDraft')}</button>
      </div>`;
  }
}
