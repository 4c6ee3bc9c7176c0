import { escapeToken } from '@mentorkit/core';
import type { AgreementRecord, AgreementTemplate, Signature } from '@mentorkit/schemas';
import { canonicalJson, contentHash, signedContent } from '@mentorkit/schemas/canonical.js';
import { expectedSigners, matchSignatures, type SignerState } from './agreement-signers.js';

/** Where an agreement is: nobody signed, some signed, all signed, or the content changed after a signature. */
export type SigningState = 'draft' | 'partly-signed' | 'signed' | 'changed';

export interface SigningStatus {
  state: SigningState;
  /** Everyone expected to sign, with their signature if they signed. */
  signers: SignerState[];
  /** Expected signers who have not signed. */
  missing: SignerState[];
  /** Signatures that belong to no expected signer (for example a party renamed after signing). */
  others: Signature[];
  /** SHA-256 of the current signed content (empty while nobody has signed). */
  contentHash: string;
  /** Signatures whose `contentHash` differs from the current content's. */
  mismatched: Signature[];
  /** Parts (JSON Pointers such as `/meeting/start`) that differ from what was signed. */
  changedParts: string[];
  /** False when the content changed but nothing tells which part: no snapshot and no part digests. */
  partsKnown: boolean;
}

/** The `extensions` namespace under which a signature made here keeps the digests of the parts it covered. */
export const partsNamespace = 'mentorkit';

/** A record's signed content cut into parts: every top-level member, and one level below for objects and arrays. */
export function contentParts(record: object): Map<string, string> {
  const content = JSON.parse(signedContent(record)) as Record<string, unknown>;
  const parts = new Map<string, string>();
  for (const [key, value] of Object.entries(content)) {
    const top = `/${escapeToken(key)}`;
    const children = value && typeof value === 'object' ? Object.entries(value as object) : [];
    if (!children.length) parts.set(top, canonicalJson(value));
    for (const [child, inner] of children) parts.set(`${top}/${escapeToken(child)}`, canonicalJson(inner));
  }
  return parts;
}

async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Short digests (64 bits) of each part: enough to tell which part changed; `contentHash` is what proves it. */
export async function partDigests(parts: Map<string, string>): Promise<Record<string, string>> {
  const entries = await Promise.all([...parts].map(async ([pointer, json]) => [pointer, (await sha256(json)).slice(0, 16)] as const));
  return Object.fromEntries(entries);
}

/** Pointers whose value differs between two part maps (present in one only counts as changed). */
export function changedBetween(
  before: Map<string, string> | Record<string, string>,
  after: Map<string, string> | Record<string, string>,
): string[] {
  const a = before instanceof Map ? before : new Map(Object.entries(before));
  const b = after instanceof Map ? after : new Map(Object.entries(after));
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  return keys.filter((key) => a.get(key) !== b.get(key));
}

/** Sections in the order the agreement shows them; record details (id, template, dates) last. */
const sectionOrder = ['parties', 'customCommitments', 'additionalGroundRules', 'groundRuleResponses', 'meeting'];

function byDocumentOrder(a: string, b: string): number {
  const rank = (pointer: string) => {
    const index = sectionOrder.indexOf(pointer.split('/')[1] ?? '');
    return index < 0 ? sectionOrder.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true });
}

function storedDigests(signature: Signature): Record<string, string> | undefined {
  const parts = (signature.extensions?.[partsNamespace] as { parts?: unknown } | undefined)?.parts;
  return parts && typeof parts === 'object' ? (parts as Record<string, string>) : undefined;
}

/**
 * The signing status of a record. `snapshots` holds, by content hash, the parts of content this
 * element saw signed (or loaded with matching signatures): with one, a change is located exactly;
 * without, the part digests a signature made here carries are compared instead.
 */
export async function signingStatus(
  template: AgreementTemplate,
  record: Partial<AgreementRecord>,
  snapshots: Map<string, Map<string, string>>,
): Promise<SigningStatus> {
  const { signers, others } = matchSignatures(expectedSigners(template, record), record.signatures);
  const missing = signers.filter((s) => !s.signature);
  const signatures = Array.isArray(record.signatures) ? record.signatures : [];
  const draft: SigningStatus = {
    state: 'draft',
    signers,
    missing,
    others,
    contentHash: '',
    mismatched: [],
    changedParts: [],
    partsKnown: true,
  };
  // Nothing to compare with while nobody has signed: no hashing as a draft is typed.
  if (!signatures.length) return draft;
  const hash = await contentHash(record);
  const mismatched = signatures.filter((s) => s?.contentHash !== hash);
  const status: SigningStatus = { ...draft, contentHash: hash, mismatched };
  if (!mismatched.length) {
    snapshots.set(hash, contentParts(record));
    return { ...status, state: missing.length ? 'partly-signed' : 'signed' };
  }
  const current = contentParts(record);
  const changed = new Set<string>();
  let known = false;
  let currentDigests: Record<string, string> | undefined;
  for (const signature of mismatched) {
    const snapshot = snapshots.get(signature.contentHash);
    const digests = storedDigests(signature);
    if (snapshot) changedBetween(snapshot, current).forEach((p) => changed.add(p));
    else if (digests) changedBetween(digests, (currentDigests ??= await partDigests(current))).forEach((p) => changed.add(p));
    else continue;
    known = true;
  }
  return { ...status, state: 'changed', changedParts: [...changed].sort(byDocumentOrder), partsKnown: known };
}
