import { ifDefined } from 'lit/directives/if-defined.js';
import { nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '@mentorkit/core/templates/compact-html.js';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  escapeToken,
  formStyles,
  localise,
  renderSealChanges,
  sealScope,
  sealTerms,
  toggleState,
  type JsonSchema,
  type MkSealDialog,
  type MkSignature,
} from '@mentorkit/core';
import type { AgreementRecord, AgreementTemplate, PartySlot, Signature } from '@mentorkit/schemas';
import type { SealChange, SignerState } from '@mentorkit/schemas/sealing/index.js';
import { agreementTemplates } from '@mentorkit/schemas/kinds/agreement-templates.js';
import { documentStyles } from '../document/document.styles.js';
import type { AuthoredPart } from '../document/byline.js';
import { MkDocumentElement, type DocumentForm } from '../document/document-element.js';
import { dateTimeFormat } from '../document/format-date.js';
import { agreementForm, allowsOwnGroundRules, slotBounds, signs } from './agreement-schema.js';
import { signingStatus, type SigningState, type SigningStatus } from './agreement-status.js';
import { agreementStyles } from './agreement.styles.js';
import { agreementTerms as t, fill } from './agreement-terms.js';
import { partLabel } from './part-label.js';
import { MkSignEvent } from '../document/sign-event.js';

export { MkSignEvent };
export type { SigningState, SigningStatus };

const stateSymbols: Record<SigningState, string> = { draft: '○', 'partly-signed': '◐', signed: '✔', changed: '▲' };
const stateTerms = { draft: t.statusDraft, 'partly-signed': t.statusPartly, signed: t.statusSigned, changed: t.statusChanged };

// No prototype: the slot kind comes from a template.
const roleTerms: Record<string, Record<string, string>> = Object.assign(Object.create(null) as Record<string, Record<string, string>>, {
  mentor: { en: 'Mentor', nb: 'Mentor', fi: 'Mentori', it: 'Mentore', nl: 'Mentor' },
  mentee: { en: 'Mentee', nb: 'Mentee', fi: 'Mentoroitava', it: 'Mentee', nl: 'Mentee' },
});

type Record_ = Partial<AgreementRecord>;

function hasSignatures(record: unknown): boolean {
  const signatures = (record as Record_ | undefined)?.signatures;
  return Array.isArray(signatures) && signatures.length > 0;
}

/** Template text pointers of a numbered list that no longer has the item signed (the item was removed). */
function removedItems(changes: SealChange[], list: string, length: number): SealChange[] {
  return changes.filter((c) => {
    const index = c.pointer.startsWith(`${list}/`) ? Number(c.pointer.slice(list.length + 1).split('/')[0]) : NaN;
    return Number.isInteger(index) && index >= length;
  });
}

const authoredItems: readonly AuthoredPart[] = [
  { part: /^\/(customCommitments|additionalGroundRules)\/\d+$/, texts: ['text'], author: 'author', date: 'date' },
];

/**
 * A mentoring agreement (RESPOND mentor–mentee, a Finnish peer group, school-to-school): the
 * parties, the template's numbered commitments, meetings and ground rules, the parties' own
 * commitments when the template allows them, and a signature by each party the template says signs.
 * Signing asks for confirmation and says what it locks; a signature seals the content, the template's text
 * and its own fields (the engine's `SealController`, `checkSeals` from `@mentorkit/schemas`). Once anyone
 * has signed, the content is read-only, once everyone has signed the agreement is locked, and a change made
 * after signing by any means (a host setting `value`, a template changed under the same version) is shown
 * where it happened, with the signed value beside it, and in the status. Inside a host `<form>` it submits
 * the record as JSON under its `name`.
 *
 * @summary Agreement with parties, commitments and signatures, form-associated.
 * @event input - A field changed.
 * @event change - A field's change was committed, or a party signed.
 * @event mk-sign - A party signed; `event.signature` is the signature appended to `signatures`.
 * @event mk-submit - A submit found the record valid; `event.value` is the record.
 * @event mk-invalid - A submit (or an attempt to sign) found problems; `event.problems` lists them.
 * @csspart status - The signing status: text and a shape.
 * @csspart group - A section's fieldset.
 * @csspart party - The fieldset of one party.
 * @csspart commitments - The numbered commitments.
 * @csspart conditions - Conditions the source names for success (read-only template text).
 * @csspart signer - One signer's row in the signatures section.
 * @csspart sign-button - The button that signs.
 * @csspart error-summary - The problems shown after a submit.
 * @csspart schema-error - The panel shown when the template is invalid.
 * @csspart submit - The submit button.
 * @csspart attribution - The source of the template.
 * @csspart untranslated - The note shown when the template has no text in the element's language (it falls back to English).
 * @cssproperty --mk-form-group-border-color - Border of sections.
 * @cssstate invalid - The record has problems.
 * @cssstate draft - Nobody has signed.
 * @cssstate partly-signed - Some parties have signed.
 * @cssstate signed - Every party has signed and the content matches.
 * @cssstate changed - The content changed after a signature.
 * @cssstate locked - Every party has signed: nothing can be changed.
 */
export class MkAgreement extends MkDocumentElement<'agreement'> {
  static override styles = [...formStyles, documentStyles, agreementStyles];

  protected readonly kind = 'agreement' as const;
  protected readonly templates = agreementTemplates;

  protected importRecords() {
    return import('@mentorkit/schemas/kinds/agreement-records.js').then((module) => module.agreementRecords);
  }

  protected importTemplateSchemas() {
    return import('@mentorkit/schemas/kinds/agreement.js').then((module) => module.agreementSchemas);
  }

  /**
   * The party slot id (`mentor`, `group`, `mentee-schools`…) of who is using the element: only that
   * party's signature controls are active. Empty: every party may sign here (one shared screen).
   */
  @property() signer = '';

  @state() private status?: SigningStatus;

  /** The signing status: who signed, who is missing, and what changed after signing (undefined until computed). */
  get signingStatus(): SigningStatus | undefined {
    return this.status;
  }

  /** Resolves once the signing status reflects the current record (hashing is asynchronous). */
  get signingReady(): Promise<void> {
    return this.seal.ready.then(async () => {
      await this.updateComplete;
      await this.seal.ready;
      await this.updateComplete;
    });
  }

  protected buildForm(template: AgreementTemplate): DocumentForm {
    return agreementForm(template);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const template = this.resolvedTemplate;
    const report = this.seal.report;
    this.status = template && report ? signingStatus(template, this.store.value as Record_, report) : undefined;
  }

  /** The user's role makes nothing read-only here; signatures lock the whole content (see `sealedPointers`). */
  /** The parties' own commitments and ground rules carry who wrote them and when (the host's `user`, the clock). */
  protected override authoredParts(): readonly AuthoredPart[] {
    return authoredItems;
  }

  protected override readonlyPointers(): string[] {
    return [];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#reflectStates();
  }

  /** Custom states for styling: `:state(draft)`, `:state(signed)`, `:state(locked)`… */
  #reflectStates(): void {
    const states = this.customStates;
    const current = this.status?.state;
    for (const name of ['draft', 'partly-signed', 'signed', 'changed'] as const) toggleState(states, name, name === current);
    toggleState(states, 'locked', current === 'signed');
  }

  /** True when the signatures of `slot` can be given here now. */
  #canSign(slot: PartySlot): boolean {
    const state = this.status?.state;
    return !this.readonly && !this.disabled && (!this.signer || this.signer === slot.id) && state !== 'changed' && state !== 'signed';
  }

  /**
   * Signs for one expected signer with what they typed or drew in their `<mk-signature>`, once they confirmed
   * in the dialog what the signature locks (and which fields are still empty).
   */
  async #sign(signer: SignerState): Promise<void> {
    await this.signingReady;
    const status = this.status;
    if (!status || !this.#canSign(signer.slot) || status.signers.find((s) => s.key === signer.key)?.signature) return;
    const control = this.renderRoot.querySelector<MkSignature>(`mk-signature[data-signer="${CSS.escape(signer.key)}"]`);
    if (!control || !this.reportValidity() || !control.reportValidity()) return;
    const value = control.signature!;
    const person = signer.person;
    const dialog = this.renderRoot.querySelector<MkSealDialog>('mk-seal-dialog')!;
    const scope = sealScope(this.schema as JsonSchema, this.store.value, '', this.language);
    dialog.signer = this.#signerName(signer);
    // What is signed: the agreement's text (the template) and every section of the record.
    dialog.locks = [localise(t.commitments, this.language), ...scope.locks];
    dialog.empty = scope.empty;
    if (!(await dialog.ask())) return;
    const signature = await this.seal.sign({
      signer: { name: person.name!, ...(person.id ? { id: person.id } : {}), ...(person.role ? { role: person.role } : {}) },
      role: signer.slot.id,
      ...(value.method === 'typed'
        ? { method: 'typed' as const, typedName: value.typedName }
        : { method: 'drawn' as const, drawing: value.drawing! }),
      lang: this.language,
    });
    this.store.set('/updatedAt', signature.signedAt);
    await this.signingReady;
    if (this.status?.state === 'signed') this.store.set('/status', 'signed');
    this.dispatchEvent(new MkSignEvent(signature));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=status]')?.focus();
  }

  // ---------- rendering ----------

  protected override renderBody(): TemplateResult {
    const template = this.resolvedTemplate!;
    const lang = this.language;
    return html`
      <div class="head">
        <h2 lang=${ifDefined(this.textLang(template.title))}>${localise(template.title, lang)}</h2>
        ${template.purpose ? html`<p class="purpose">${localise(template.purpose, lang)}</p>` : nothing}
        ${template.description ? html`<p>${localise(template.description, lang)}</p>` : nothing}
      </div>
      ${this.#renderStatus(template)} ${this.#renderConditions(template)}
      <section aria-labelledby="parties">
        <h3 id="parties">${localise(t.parties, lang)}</h3>
        ${template.parties.map((slot) => this.#renderSlot(slot))}
      </section>
      <section aria-labelledby="commitments">
        <h3 id="commitments">${localise(t.commitments, lang)}</h3>
        ${template.commitmentsIntro ? html`<p class="intro">${localise(template.commitmentsIntro, lang)}</p>` : nothing}
        ${
          template.commitments.length
            ? html`<ol class="numbered" part="commitments">
                ${template.commitments.map(
                  (c, i) =>
                    html`<li>${localise(c.text, lang)}${renderSealChanges(this.seal.templateChangesAt(`/commitments/${i}`), lang)}</li>`,
                )}
              </ol>`
            : nothing
        }
        ${renderSealChanges(removedItems(this.seal.templateChangesAt('/commitments'), '/commitments', template.commitments.length), lang)}
        ${template.allowCustomCommitments ? this.#renderOwn('/customCommitments', template.commitments.length, t.ownCommitments, t.ownCommitment) : nothing}
      </section>
      ${this.#renderGroundRules(template)} ${this.#renderMeetings(template)} ${this.#renderSignatures(template)} ${this.renderAttribution()}
    `;
  }

  #renderStatus(template: AgreementTemplate): TemplateResult | typeof nothing {
    const status = this.status;
    if (!status) return nothing;
    const lang = this.language;
    const names = status.missing.map((s) => this.#signerName(s)).join(', ');
    const parts = [
      ...status.changedParts.map((p) => partLabel(p, template, lang)),
      ...new Set(status.changes.filter((c) => c.in === 'template').map((c) => templatePartLabel(c.pointer, lang))),
      ...new Set(status.changes.filter((c) => c.in === 'signature').map((c) => this.#signatureLabel(c.signature))),
    ];
    return html`<div class="status" part="status" data-state=${status.state} tabindex="-1" role="status">
      <span class="symbol" aria-hidden="true">${stateSymbols[status.state]} </span>
      <div>
        <strong>${fill(stateTerms[status.state], lang, { names })}</strong>
        ${
          status.state === 'changed'
            ? parts.length
              ? html`<p class="changed">${fill(t.changedParts, lang, { parts: parts.join('; ') })}</p>`
              : html`<p class="changed">${localise(t.changedUnknown, lang)}</p>`
            : nothing
        }
        ${status.state === 'partly-signed' ? html`<p>${localise(t.contentLocked, lang)}</p>` : nothing}
      </div>
    </div>`;
  }

  #renderSlot(slot: PartySlot): TemplateResult {
    const lang = this.language;
    const base = `/parties/${escapeToken(slot.id)}`;
    if (slotBounds(slot).max !== 1) return html`<div class="party-list">${this.renderPath(base)}</div>`;
    const party = `${base}/0`;
    if (slot.kind === 'group')
      return html`<fieldset class="party" part="party">
        <legend>${localise(slot.label, lang)}</legend>
        ${this.renderPath(`${party}/group/name`)} ${this.renderPath(`${party}/group/members`)}
        ${this.renderPath(`${party}/group/facilitator`)}
      </fieldset>`;
    if (slot.kind === 'mentorSchool' || slot.kind === 'menteeSchool')
      return html`<fieldset class="party" part="party">
        <legend>${localise(slot.label, lang)}</legend>
        <div class="fields">${this.renderPath(`${party}/school/name`)} ${this.renderPath(`${party}/school/country`)}</div>
        ${this.renderPath(`${party}/school/contact`)}
      </fieldset>`;
    const role = roleTerms[slot.kind];
    return html`<fieldset class="party" part="party">
      <legend>${localise(slot.label, lang)}</legend>
      ${role ? html`<p class="role">${localise(t.role, lang)}: ${localise(role, lang)}</p>` : nothing}
      <div class="fields">
        ${this.renderPath(`${party}/person/name`)} ${this.renderPath(`${party}/person/position`)}
        ${this.renderPath(`${party}/person/organisation`)}
      </div>
    </fieldset>`;
  }

  /** The parties' own items: an editable list before anyone signs, numbered text after. */
  #renderOwn(pointer: string, offset: number, title: Record<string, string>, item: Record<string, string>): TemplateResult {
    const lang = this.language;
    const stored = (this.store.get(pointer) as { id: string; text?: string; proposedBy?: string }[] | undefined) ?? [];
    const items = stored.map((c, index) => ({ c, at: `${pointer}/${index}` })).filter(({ c }) => c);
    if (hasSignatures(this.store.value) || this.readonly) {
      if (!items.length) return html``;
      return html`<h4>${localise(title, lang)}</h4>
        <ol class="numbered own" start=${offset + 1}>
          ${items.map(({ c, at }) => {
            const by = this.resolvedTemplate!.parties.find((s) => s.id === c.proposedBy);
            const proposer = by
              ? html` <span class="by">(${fill(t.proposedBy, lang, { name: localise(by.label, lang) })})</span>`
              : nothing;
            return html`<li>${c.text ?? ''}${proposer} ${this.renderByline(at)}</li>`;
          })}
        </ol>`;
    }
    const { renderItem, createItem } = this.kept(pointer, () => ({
      renderItem: (itemPointer: string) => html`${this.renderPath(`${itemPointer}/text`)} ${this.renderByline(itemPointer)}`,
      createItem: () => this.#newOwnItem(),
    }));
    return html`<mk-array
      path=${pointer}
      .label=${localise(title, lang)}
      .itemLabel=${localise(item, lang)}
      .renderItem=${renderItem}
      .createItem=${createItem}
    ></mk-array>`;
  }

  /** A new own commitment or rule: an id unique in the record and apart from the template's, and its proposer. */
  #newOwnItem(): { id: string; proposedBy?: string } {
    const record = this.store.value as Record_;
    const template = this.resolvedTemplate!;
    const taken = new Set([
      ...template.commitments.map((c) => c.id),
      ...(template.groundRules ?? []).map((r) => r.id),
      ...[...(record.customCommitments ?? []), ...(record.additionalGroundRules ?? [])].map((c) => c?.id),
    ]);
    let n = 1;
    while (taken.has(`own-${n}`)) n++;
    return { id: `own-${n}`, ...(this.signer ? { proposedBy: this.signer } : {}) };
  }

  #renderGroundRules(template: AgreementTemplate): TemplateResult | typeof nothing {
    if (!allowsOwnGroundRules(template)) return nothing;
    const lang = this.language;
    const rules = template.groundRules ?? [];
    return html`<section aria-labelledby="ground-rules">
      <h3 id="ground-rules">${localise(t.groundRules, lang)}</h3>
      ${
        rules.length
          ? html`<ol class="numbered">
              ${rules.map(
                (r, i) =>
                  html`<li>
                    ${localise(r.text, lang)}${renderSealChanges(this.seal.templateChangesAt(`/groundRules/${i}`), lang)}
                    ${r.responseLabel ? this.renderPath(`/groundRuleResponses/${escapeToken(r.id)}`) : nothing}
                  </li>`,
              )}
            </ol>`
          : nothing
      }
      ${this.#renderOwn('/additionalGroundRules', rules.length, t.ownGroundRules, t.groundRule)}
    </section>`;
  }

  /** Conditions the source names for success (MenSI): read-only text the parties read their agreement against. */
  #renderConditions(template: AgreementTemplate): TemplateResult | typeof nothing {
    const conditions = template.conditions;
    if (!conditions) return nothing;
    const lang = this.language;
    return html`<section aria-labelledby="conditions" part="conditions">
      <h3 id="conditions">${localise(conditions.title, lang)}</h3>
      <ol class="numbered">
        ${conditions.items.map((c) => html`<li>${localise(c.text, lang)}</li>`)}
      </ol>
    </section>`;
  }

  #renderMeetings(template: AgreementTemplate): TemplateResult {
    const lang = this.language;
    return html`<section aria-labelledby="meetings">
      <h3 id="meetings">${localise(t.meetings, lang)}</h3>
      ${
        template.cadence || template.duration
          ? html`<dl class="terms">
              ${
                template.cadence
                  ? html`<dt>${localise(t.cadence, lang)}</dt>
                      <dd>${localise(template.cadence.text, lang)}</dd>`
                  : nothing
              }
              ${
                template.duration
                  ? html`<dt>${localise(t.duration, lang)}</dt>
                      <dd>${localise(template.duration.text, lang)}</dd>`
                  : nothing
              }
            </dl>`
          : nothing
      }
      <div class="fields">${['period', 'schedule', 'place', 'start', 'end'].map((key) => this.renderPath(`/meeting/${key}`))}</div>
      ${this.renderPath('/meeting/notes')}
    </section>`;
  }

  #renderSignatures(template: AgreementTemplate): TemplateResult {
    const lang = this.language;
    const signers = this.status?.signers ?? [];
    return html`<section aria-labelledby="signatures">
      <h3 id="signatures">${localise(t.signatures, lang)}</h3>
      ${template.parties.filter(signs).map(
        (slot) =>
          html`<div class="slot-signatures">
            <h4>${localise(slot.label, lang)}</h4>
            ${repeat(
              signers.filter((s) => s.slot.id === slot.id),
              // A row is a person, not a position: a control never keeps what another signer typed.
              (s) => `${s.key}|${s.person.name ?? ''}`,
              (s) => this.#renderSigner(s),
            )}
            ${this.status?.others.filter((s) => s.role === slot.id).map((s) => this.#renderSigned(s, s.signer?.name ?? ''))}
          </div>`,
      )}
      <mk-seal-dialog lang=${lang}></mk-seal-dialog>
    </section>`;
  }

  #signerName(signer: SignerState): string {
    const name = signer.person.name?.trim() || `(${localise(t.unnamed, this.language)})`;
    return signer.onBehalfOf ? `${name}, ${signer.onBehalfOf}` : name;
  }

  #renderSigner(signer: SignerState): TemplateResult {
    const lang = this.language;
    const name = this.#signerName(signer);
    if (signer.signature) return this.#renderSigned(signer.signature, name);
    if (!this.#canSign(signer.slot))
      return html`<div class="signer" part="signer">
        <p class="who">${name}</p>
        <p class="pending">${fill(t.waitingFor, lang, { name })}</p>
      </div>`;
    const today = dateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
    return html`<div class="signer" part="signer">
      <p class="who">${name}</p>
      <mk-signature data-signer=${signer.key} required .label=${fill(t.signatureOf, lang, { name })} lang=${lang}></mk-signature>
      <p class="date">${fill(t.dateToday, lang, { date: today })}</p>
      <button type="button" class="sign" part="sign-button" ?disabled=${!signer.person.name?.trim()} @click=${() => this.#sign(signer)}>
        ${fill(t.signAs, lang, { name: signer.person.name?.trim() || name })}
      </button>
    </div>`;
  }

  /** "Signature of Anna Berg": how the status names a signature that was altered or repeated. */
  #signatureLabel(index: number): string {
    const signatures = (this.store.value as Record_).signatures;
    const name = Array.isArray(signatures) ? signatures[index]?.signer?.name : undefined;
    return fill(t.signatureOf, this.language, { name: name ?? String(index + 1) });
  }

  #renderSigned(signature: Signature, name: string): TemplateResult {
    const lang = this.language;
    const check = this.seal.report?.checks.find((c) => c.signature === signature);
    const matches = !!check?.intact;
    const own = check?.changes.filter((c) => c.in === 'signature') ?? [];
    const drawing = signature.method === 'drawn' ? signature.drawing : undefined;
    return html`<div class="signer signed" part="signer" data-matches=${matches ? 'yes' : 'no'}>
      <p class="who">${name}</p>
      ${
        drawing?.svgPath
          ? html`<svg
              class="drawing"
              role="img"
              aria-label=${fill(t.drawnSignature, lang, { name })}
              viewBox=${`0 0 ${drawing.width ?? 160} ${drawing.height ?? 60}`}
            >
              ${svg`<path d=${drawing.svgPath}></path>`}
            </svg>`
          : html`<p class="typed">${signature.typedName ?? ''}</p>`
      }
      <p class="date">${fill(t.signedOn, lang, { date: formatDate(signature.signedAt, lang) })}</p>
      ${matches ? nothing : html`<p class="mismatch"><span aria-hidden="true">▲ </span>${localise(t.mismatch, lang)}</p>`}
      ${own.map(
        (c) =>
          html`<p class="mismatch">
            <span aria-hidden="true">▲ </span
            >${localise(c.reason === 'duplicate' ? sealTerms.duplicateSignature : sealTerms.signatureAltered, lang)}
          </p>`,
      )}
    </div>`;
  }
}

/** A reader's name for a part of the agreement's text (the template) that changed after signing: "Commitment 3". */
function templatePartLabel(pointer: string, lang: string): string {
  const [list, index] = pointer.split('/').slice(1);
  const n = Number(index) + 1;
  if (list === 'commitments' && Number.isInteger(n)) return `${localise(t.ownCommitment, lang)} ${n}`;
  if (list === 'groundRules' && Number.isInteger(n)) return `${localise(t.groundRule, lang)} ${n}`;
  return `${localise(sealTerms.templateText, lang)} (${pointer})`;
}

function formatDate(value: string, lang: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat(lang, { dateStyle: 'long' }).format(date);
}
