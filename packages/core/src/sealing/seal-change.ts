import { html, nothing, type TemplateResult } from 'lit';
import type { SealChange } from '@mentorkit/schemas/sealing/index.js';
import { localise } from '../l10n/catalogue.js';
import { sealTerms as t } from './seal-terms.js';
import { fillTerm, valueText } from './seal-text.js';

/**
 * Changes after signing shown where they happened: a mark and words (never colour alone), the value as signed
 * beside the value now. Several signatures reporting the same change show it once.
 */
export function renderSealChanges(changes: SealChange[], lang: string): TemplateResult | typeof nothing {
  const seen = new Set<string>();
  const unique = changes.filter((c) => {
    const key = `${c.in}|${c.pointer}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  if (!unique.length) return nothing;
  const nothingText = localise(t.nothing, lang);
  return html`${unique.map(
    (c) =>
      html`<p class="seal-change" part="seal-change" data-pointer=${c.pointer}>
        <strong><span aria-hidden="true">▲ </span>${localise(t.changedAfterSigning, lang)}.</strong>
        <span class="signed-value">${fillTerm(t.signedValue, lang, { value: valueText(c.signed) || nothingText })}</span>
        <span class="current-value">${fillTerm(t.currentValue, lang, { value: valueText(c.current) || nothingText })}</span>
      </p>`,
  )}`;
}
