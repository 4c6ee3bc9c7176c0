// Who must sign what, by kind: the parties of an agreement, a rubric's verifications, a template's sign-offs.
import { escapeToken } from '../errors.js';
import type { AgreementRecord, AgreementTemplate, LocalisedText, Signature, Signoff } from '../generated/types/index.js';
import { isObject } from '../kinds.js';
import { expectedSigners, matchSignatures } from './agreement-signers.js';
import { valueAt } from './seal-content.js';

/** One signature a record needs. */
export interface SealRequirement {
  /** Stable key within the record (agreement: `<slot>/<party>/<member|…>`; otherwise `<sign-off id>[/<item>]`). */
  key: string;
  /** The role that signs (the signature's `role`). */
  role: string;
  /** JSON Pointer of the sealed part ('' = the whole record). */
  part: string;
  /** What the signature is, as the template says it. */
  label: LocalisedText;
  /** For an agreement: the name of the person expected to sign, and what they sign for. */
  name?: string;
  onBehalfOf?: string;
}

/** A requirement and the index of the signature that meets it, if any. */
export interface MetRequirement {
  requirement: SealRequirement;
  signature?: number;
}

type Template = Record<string, unknown>;

/** The template's sign-offs: `signoffs`, or a rubric's verifications (they seal the whole assessment). */
export function signoffsOf(template: unknown): Signoff[] {
  if (!isObject(template)) return [];
  if (template['kind'] === 'rubric') {
    const verifications = (template['closing'] as { verifications?: { role: string; label: LocalisedText }[] } | undefined)?.verifications;
    return (Array.isArray(verifications) ? verifications : []).map((v) => ({ id: v.role, role: v.role, label: v.label }));
  }
  return Array.isArray(template['signoffs']) ? (template['signoffs'] as Signoff[]) : [];
}

function signoffRequirements(template: Template, record: unknown): SealRequirement[] {
  return signoffsOf(template).flatMap((signoff) => {
    const part = signoff.part ?? '';
    if (!signoff.each) return [{ key: signoff.id, role: signoff.role, part, label: signoff.label }];
    const items = valueAt(record, part);
    return (Array.isArray(items) ? items : []).map((_, i) => ({
      key: `${signoff.id}/${i}`,
      role: signoff.role,
      part: `${part}/${escapeToken(i)}`,
      label: signoff.label,
    }));
  });
}

/** Every signature the record needs, each matched with the signature that meets it. */
export function metRequirements(template: unknown, record: unknown): { met: MetRequirement[]; others: number[] } {
  const signatures = (isObject(record) && Array.isArray(record['signatures']) ? record['signatures'] : []) as Signature[];
  if (isObject(template) && template['kind'] === 'agreement') {
    const { signers, others } = matchSignatures(
      expectedSigners(template as unknown as AgreementTemplate, record as Partial<AgreementRecord>),
      signatures,
    );
    return {
      met: signers.map((s) => ({
        requirement: {
          key: s.key,
          role: s.slot.id,
          part: '',
          label: s.slot.label,
          ...(s.person.name ? { name: s.person.name } : {}),
          ...(s.onBehalfOf ? { onBehalfOf: s.onBehalfOf } : {}),
        },
        ...(s.index !== undefined ? { signature: s.index } : {}),
      })),
      others: others.map((o) => o.index),
    };
  }
  const left = signatures.map((_, i) => i);
  const met = (isObject(template) ? signoffRequirements(template, record) : []).map((requirement) => {
    const at = left.findIndex((i) => signatures[i]?.role === requirement.role && (signatures[i]?.part ?? '') === requirement.part);
    return at >= 0 ? { requirement, signature: left.splice(at, 1)[0] } : { requirement };
  });
  return { met, others: left };
}
