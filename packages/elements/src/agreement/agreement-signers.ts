import type { AgreementRecord, AgreementTemplate, Party, PartySlot, Person, Signature } from '@mentorkit/schemas';
import { signs } from './agreement-schema.js';

/** One person expected to sign: a person party, a group member or facilitator, or a school's contact. */
export interface ExpectedSigner {
  /** Stable key within the record: `<slot>/<party index>/<member|facilitator|contact|person>[/<index>]`. */
  key: string;
  /** The party slot (the signature's `role`). */
  slot: PartySlot;
  /** The person as the record names them (name may still be empty). */
  person: Partial<Person>;
  /** What they sign for: a school's name, or empty. */
  onBehalfOf?: string;
}

/** A signer and their signature, if they signed. */
export interface SignerState extends ExpectedSigner {
  signature?: Signature;
}

function normalised(name: unknown): string {
  return typeof name === 'string' ? name.trim().replace(/\s+/g, ' ').toLocaleLowerCase() : '';
}

/** Everyone who must sign, slot by slot, in the order the template lists the slots. */
export function expectedSigners(template: AgreementTemplate, record: Partial<AgreementRecord> | undefined): ExpectedSigner[] {
  const signers: ExpectedSigner[] = [];
  for (const slot of template.parties) {
    if (!signs(slot)) continue;
    const parties: Party[] = Array.isArray(record?.parties?.[slot.id]) ? record!.parties[slot.id]! : [];
    parties.forEach((party, index) => {
      const base = `${slot.id}/${index}`;
      if (party?.type === 'group' && party.group) {
        (party.group.members ?? []).forEach((member, m) => signers.push({ key: `${base}/member/${m}`, slot, person: member ?? {} }));
        if (party.group.facilitator) signers.push({ key: `${base}/facilitator`, slot, person: party.group.facilitator });
      } else if (party?.type === 'school' && party.school) {
        signers.push({
          key: `${base}/contact`,
          slot,
          person: party.school.contact ?? {},
          ...(party.school.name ? { onBehalfOf: party.school.name } : {}),
        });
      } else if (party?.type === 'person') {
        signers.push({ key: `${base}/person`, slot, person: party.person ?? {} });
      }
    });
  }
  return signers;
}

/**
 * Pairs every expected signer with their signature: same slot (`role`) and same name (ignoring case
 * and spacing). Signatures nobody is expected to give (a name since changed) are returned apart.
 */
export function matchSignatures(
  signers: ExpectedSigner[],
  signatures: Signature[] | undefined,
): { signers: SignerState[]; others: Signature[] } {
  const left = [...(Array.isArray(signatures) ? signatures : [])];
  const states = signers.map((signer) => {
    const name = normalised(signer.person.name);
    const index = name ? left.findIndex((s) => s?.role === signer.slot.id && normalised(s.signer?.name) === name) : -1;
    const signature = index >= 0 ? left.splice(index, 1)[0] : undefined;
    return signature ? { ...signer, signature } : { ...signer };
  });
  return { signers: states, others: left };
}
