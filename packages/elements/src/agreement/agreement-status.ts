import type { AgreementRecord, AgreementTemplate, Signature } from '@mentorkit/schemas';
import {
  expectedSigners,
  matchSignatures,
  pointerTokens,
  type SealChange,
  type SealReport,
  type SealState,
  type SignerState,
} from '@mentorkit/schemas/sealing/index.js';
import { escapeToken } from '@mentorkit/core';

/** Where an agreement is: nobody signed, some signed, all signed, or something changed after a signature. */
export type SigningState = SealState;

export interface SigningStatus {
  state: SigningState;
  /** Everyone expected to sign, with their signature if they signed. */
  signers: SignerState[];
  /** Expected signers who have not signed. */
  missing: SignerState[];
  /** Signatures that belong to no expected signer (for example a party renamed after signing). */
  others: Signature[];
  /** Every change after signing, as `checkSeals` from `@mentorkit/schemas` reports it. */
  changes: SealChange[];
  /** Parts of the record (JSON Pointers such as `/parties/mentee`, `/meeting/start`) that changed, in document order. */
  changedParts: string[];
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

/** A record pointer cut to the part a reader names: a section and one level below it (`/parties/mentee`). */
function partOf(pointer: string): string {
  return pointerTokens(pointer)
    .slice(0, 2)
    .map((t) => `/${escapeToken(t)}`)
    .join('');
}

/** The signing status of an agreement record, from its seal report. */
export function signingStatus(template: AgreementTemplate, record: Partial<AgreementRecord>, report: SealReport): SigningStatus {
  const { signers, others } = matchSignatures(expectedSigners(template, record), record.signatures);
  const changedParts = [...new Set(report.changes.filter((c) => c.in === 'record' && c.pointer).map((c) => partOf(c.pointer)))];
  return {
    state: report.state,
    signers,
    missing: signers.filter((s) => !s.signature),
    others: others.map((o) => o.signature),
    changes: report.changes,
    changedParts: changedParts.sort(byDocumentOrder),
  };
}
