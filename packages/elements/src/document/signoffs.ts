import { nothing, svg, type TemplateResult } from 'lit';
import { html } from '@mentorkit/core/templates/compact-html.js';
import { fillTerm, localise, renderSealChanges, sealTerms as t } from '@mentorkit/core';
import type { Signature } from '@mentorkit/schemas';
import type { SealReport, SealRequirement } from '@mentorkit/schemas/sealing/index.js';
import { formatDate } from './format-date.js';

/** What rendering the sign-offs needs from the document element. */
export interface SignoffHost {
  lang: string;
  report?: SealReport;
  /** True when this requirement can be signed here now (the user's role, not read-only, nothing changed). */
  canSign: (requirement: SealRequirement) => boolean;
  /** The name the signature will carry (the host's user), if known before typing. */
  userName?: string;
  /** Signs the requirement with what was typed or drawn in the control with `data-signoff` = its key. */
  sign: (requirement: SealRequirement) => void;
  /** A reader's name for the sealed item, for sign-offs of each item (for example "Review 1"). */
  itemLabel?: (requirement: SealRequirement) => string;
}

function renderSigned(signature: Signature, index: number, host: SignoffHost): TemplateResult {
  const { lang } = host;
  const check = host.report?.checks[index];
  const name = signature.signer?.name ?? '';
  const drawing = signature.method === 'drawn' ? signature.drawing : undefined;
  const own = check?.changes.filter((c) => c.in === 'signature') ?? [];
  return html`<div class="signed" data-intact=${check?.intact ? 'yes' : 'no'}>
    <p class="who">${fillTerm(t.signedBy, lang, { name, date: formatDate(signature.signedAt, lang) })}</p>
    ${
      drawing?.svgPath
        ? html`<svg
            class="drawing"
            role="img"
            aria-label=${fillTerm(t.signatureOf, lang, { name })}
            viewBox=${`0 0 ${drawing.width ?? 160} ${drawing.height ?? 60}`}
          >
            ${svg`<path d=${drawing.svgPath}></path>`}
          </svg>`
        : html`<p class="typed">${signature.typedName ?? ''}</p>`
    }
    ${
      check?.intact
        ? html`<p class="intact"><span aria-hidden="true">✔ </span>${localise(t.intact, lang)}</p>`
        : html`<p class="mismatch">
              <strong><span aria-hidden="true">▲ </span>${localise(t.changedAfterSigning, lang)}</strong>
            </p>
            ${own.map((c) => html`<p class="mismatch">${localise(c.reason === 'duplicate' ? t.duplicateSignature : t.signatureAltered, lang)}</p>`)}
            ${check?.changes.some((c) => c.reason === 'unlocated') ? html`<p class="mismatch">${localise(t.unlocated, lang)}</p>` : nothing}
            ${renderSealChanges(check?.changes.filter((c) => c.in !== 'signature' && c.pointer) ?? [], lang)}`
    }
  </div>`;
}

function renderRequirement(requirement: SealRequirement, signature: number | undefined, host: SignoffHost): TemplateResult {
  const { lang } = host;
  const signatures = host.report?.checks ?? [];
  const title = [localise(requirement.label, lang), host.itemLabel?.(requirement)].filter(Boolean).join(' — ');
  const id = `signoff-${requirement.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  let body: TemplateResult;
  if (signature !== undefined && signatures[signature]) body = renderSigned(signatures[signature]!.signature, signature, host);
  else if (host.canSign(requirement)) {
    const name = host.userName ?? '';
    body = html`<mk-signature
        data-signoff=${requirement.key}
        required
        .label=${name ? fillTerm(t.signatureOf, lang, { name }) : localise(t.signature, lang)}
        lang=${lang}
      ></mk-signature>
      <button type="button" class="sign" part="sign-button" @click=${() => host.sign(requirement)}>
        ${name ? fillTerm(t.signAs, lang, { name }) : localise(t.sign, lang)}
      </button>`;
  } else body = html`<p class="pending">${localise(t.notSigned, lang)}</p>`;
  return html`<section class="signoff" part="signoff" data-role=${requirement.role} data-part=${requirement.part} aria-labelledby=${id}>
    <h4 id=${id}>${title}</h4>
    ${body}
  </section>`;
}

/**
 * The sign-offs a template asks for (a rubric's verifications, an observation's acknowledgement, each review's
 * sign-off): who signed and whether what they sealed is unchanged, or the signature control for whoever may sign
 * here, and the confirmation dialog. `filter` picks which requirements to show (for example one review's).
 */
export function renderSignoffs(host: SignoffHost, filter: (requirement: SealRequirement) => boolean = () => true): TemplateResult {
  const met = (host.report?.requirements ?? []).filter((m) => filter(m.requirement));
  return html`${met.map((m) => renderRequirement(m.requirement, m.signature, host))}`;
}
