// Checks every signature of a record against what it sealed: the same check in the browser and on a server.
import { contentHash } from '../canonical.js';
import { embeddedTemplateOf } from '../derived-templates.js';
import type { ValidationError } from '../errors.js';
import type { Signature } from '../generated/types/index.js';
import { isObject } from '../kinds.js';
import { loadTemplateText, templateLanguages, templateTextVersion } from '../template-text.js';
import { sealedContent, templateAsSigned } from './seal-content.js';
import { differences, type ValueChange } from './seal-diff.js';
import { sealHash, sealVersion } from './seal-hash.js';
import { metRequirements, type MetRequirement, type SealRequirement } from './seal-requirements.js';

/** Where a record is: nobody signed, some of those who must have signed, all have, or something changed after signing. */
export type SealState = 'draft' | 'partly-signed' | 'signed' | 'changed';

/** A change after signing, and where it happened. */
export interface SealChange extends ValueChange {
  /** Index of the signature it breaks. */
  signature: number;
  /** `record`: the sealed content (pointer into the record); `template`: the template's text (pointer into the template); `signature`: the signature itself. */
  in: 'record' | 'template' | 'signature';
  /**
   * For `signature`: `altered` (its name, role, time, method, drawing or snapshot differ from what its hash sealed), `duplicate` (the same
   * signature twice; `of` is the first), `unreadable` (no signature object). For `record` without a snapshot (a version 1 signature): `unlocated`.
   */
  reason?: 'altered' | 'duplicate' | 'unreadable' | 'unlocated';
  of?: number;
}

export interface SignatureCheck {
  index: number;
  signature: Signature;
  /** True when nothing it sealed has changed. */
  intact: boolean;
  changes: SealChange[];
}

export interface SealReport {
  state: SealState;
  /** One check per signature, in the record's order. */
  checks: SignatureCheck[];
  /** Every change, signature by signature. */
  changes: SealChange[];
  /** Every signature the record needs, with the one that meets it. */
  requirements: MetRequirement[];
  /** Requirements nobody has met yet. */
  missing: SealRequirement[];
  /** Signatures that meet no requirement (for example a party renamed after signing). */
  others: number[];
}

/**
 * A built-in template as signed, by language and text version (its other languages load on demand): fifty records
 * of one template compute it once. Frozen: a report's changes hold parts of it.
 */
const builtInAsSigned = new WeakMap<object, Map<string, unknown>>();

function asSigned(template: unknown, lang: string): unknown {
  if (!isObject(template) || !templateLanguages(template).length) return templateAsSigned(template, lang);
  let byLang = builtInAsSigned.get(template);
  if (!byLang) builtInAsSigned.set(template, (byLang = new Map()));
  const key = `${lang} ${templateTextVersion(template)}`;
  if (!byLang.has(key)) byLang.set(key, deepFreeze(templateAsSigned(template, lang)));
  return byLang.get(key);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}

/** The template as signed in a language, computed once per language for all signatures of a record. */
type TemplateIn = (lang: string) => unknown;
/** The record's content a part's seal covers now, computed once per part for all signatures of a record. */
type ContentOf = (part: string) => unknown;

async function checkOne(
  signature: unknown,
  index: number,
  record: unknown,
  templateIn: TemplateIn,
  contentOf: ContentOf,
  seen: Map<string, number>,
): Promise<SealChange[]> {
  if (!isObject(signature)) return [{ signature: index, in: 'signature', pointer: `/signatures/${index}`, reason: 'unreadable' }];
  const s = signature as unknown as Signature;
  const changes: SealChange[] = [];
  const first = seen.get(String(s.contentHash));
  if (first !== undefined)
    changes.push({ signature: index, in: 'signature', pointer: `/signatures/${index}`, reason: 'duplicate', of: first });
  else seen.set(String(s.contentHash), index);
  if (s.sealVersion !== sealVersion) {
    // A version 1 signature carries no snapshot: its hash says whether the content changed, not where.
    if (s.contentHash !== (await contentHash(isObject(record) ? record : {})))
      changes.push({ signature: index, in: 'record', pointer: '', reason: 'unlocated' });
    return changes;
  }
  const sealed = isObject(s.sealed) ? s.sealed : {};
  if (s.contentHash !== (await sealHash(s, sealed['content'], sealed['template'])))
    changes.push({ signature: index, in: 'signature', pointer: `/signatures/${index}`, reason: 'altered' });
  const part = typeof s.part === 'string' ? s.part : '';
  for (const change of differences(sealed['content'], contentOf(part), part)) changes.push({ signature: index, in: 'record', ...change });
  const lang = typeof s.lang === 'string' ? s.lang : 'en';
  for (const change of differences(sealed['template'], templateIn(lang))) changes.push({ signature: index, in: 'template', ...change });
  return changes;
}

/**
 * Checks every signature of `record` against `template` (the template the record was made with; by default the
 * one the record carries, `embeddedTemplate`): whether what each one sealed — its part of the record, the
 * template's text, its own name, role, time, method and drawing — is unchanged, and where it changed, with the
 * signed value beside the current one.
 */
export async function checkSeals(record: unknown, template: unknown = embeddedTemplateOf(record)): Promise<SealReport> {
  const signatures = signaturesOf(record);
  const seen = new Map<string, number>();
  const checks: SignatureCheck[] = [];
  // A built-in template's text in each signer's language (a signature seals the text it was shown in).
  await Promise.all(
    signatures.map((s) => loadTemplateText(template, isObject(s) && typeof s['lang'] === 'string' ? s['lang'] : undefined)),
  );
  const byLang = new Map<string, unknown>();
  const templateIn: TemplateIn = (lang) => {
    if (!byLang.has(lang)) byLang.set(lang, asSigned(template, lang));
    return byLang.get(lang);
  };
  const byPart = new Map<string, unknown>();
  const contentOf: ContentOf = (part) => {
    if (!byPart.has(part)) byPart.set(part, sealedContent(record, part));
    return byPart.get(part);
  };
  for (const [index, signature] of signatures.entries()) {
    const changes = await checkOne(signature, index, record, templateIn, contentOf, seen);
    checks.push({ index, signature: signature as Signature, intact: changes.length === 0, changes });
  }
  return reportOf(record, template, checks);
}

/**
 * The report of a record nobody has signed yet, at once (there is nothing to hash): what `checkSeals` resolves
 * to for it. Undefined when the record has signatures.
 */
export function unsignedReport(record: unknown, template: unknown = embeddedTemplateOf(record)): SealReport | undefined {
  return signaturesOf(record).length ? undefined : reportOf(record, template, []);
}

function signaturesOf(record: unknown): unknown[] {
  return isObject(record) && Array.isArray(record['signatures']) ? (record['signatures'] as unknown[]) : [];
}

function reportOf(record: unknown, template: unknown, checks: SignatureCheck[]): SealReport {
  const { met, others } = metRequirements(template, record);
  const missing = met.filter((m) => m.signature === undefined).map((m) => m.requirement);
  const changes = checks.flatMap((c) => c.changes);
  const state: SealState = changes.length ? 'changed' : !checks.length ? 'draft' : missing.length ? 'partly-signed' : 'signed';
  return { state, checks, changes, requirements: met, missing, others };
}

/** A record's signature status for lists and dashboards: draft, partly-signed, signed or changed (after signing). */
export async function signatureStatus(record: unknown, template: unknown = embeddedTemplateOf(record)): Promise<SealState> {
  return (await checkSeals(record, template)).state;
}

/**
 * The changes after signing as validation errors, for a server: keyword `seal`, key `changedAfterSigning`
 * (pointer into the record, or `/template` with `params.templatePointer`), `signatureAltered` or `duplicateSignature`.
 */
export async function validateSeals(record: unknown, template: unknown = embeddedTemplateOf(record)): Promise<ValidationError[]> {
  const { changes } = await checkSeals(record, template);
  return changes.map((change) => {
    const params: Record<string, unknown> = { signature: change.signature };
    if (change.signed !== undefined) params['signed'] = change.signed;
    if (change.current !== undefined) params['current'] = change.current;
    if (change.in === 'signature') {
      if (change.of !== undefined) params['of'] = change.of;
      return {
        pointer: change.pointer,
        keyword: 'seal',
        key: change.reason === 'duplicate' ? 'duplicateSignature' : 'signatureAltered',
        params,
      };
    }
    if (change.in === 'template')
      return { pointer: '/template', keyword: 'seal', key: 'changedAfterSigning', params: { ...params, templatePointer: change.pointer } };
    return { pointer: change.pointer, keyword: 'seal', key: 'changedAfterSigning', params };
  });
}
