import type { AgreementRecord, AgreementTemplate, Party, PartySlot, Person, Signature } from '../generated/types/index.js';

/** True when the template asks this party to sign (every party, unless `signs: false`). */
export function signs(slot: PartySlot): boolean {
  return slot.signs !== false;
}

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
  /** Index of the signature in the record's `signatures`. */
  index?: number;
}

function normalised(name: unknown): string {
  return typeof name === 'string' ? name.trim().replace(/\s+/g, ' ').toLocaleLowerCase() : '';
}

/** Everyone who must sign, slot by slot, in the order the template lists the slots. */
export function expectedSigners(template: AgreementTemplate, record: Partial<AgreementRecord> | undefined): ExpectedSigner[] {
  const signers: ExpectedSigner[] = [];
  const slots = Array.isArray(template?.parties) ? template.parties : [];
  for (const slot of slots) {
    if (!signs(slot)) continue;
    const filled = record?.parties && Object.hasOwn(record.parties, slot.id) ? record.parties[slot.id] : undefined;
    const parties: Party[] = Array.isArray(filled) ? filled : [];
    parties.forEach((party, index) => {
      const base = `${slot.id}/${index}`;
      if (party?.type === 'group' && party.group) {
        (Array.isArray(party.group.members) ? party.group.members : []).forEach((member, m) =>
          signers.push({ key: `${base}/member/${m}`, slot, person: member ?? {} }),
        );
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
): { signers: SignerState[]; others: { signature: Signature; index: number }[] } {
  const left = (Array.isArray(signatures) ? signatures : []).map((signature, index) => ({ signature, index }));
  const states = signers.map((signer) => {
    const name = normalised(signer.person.name);
    const at = name ? left.findIndex((s) => s.signature?.role === signer.slot.id && normalised(s.signature.signer?.name) === name) : -1;
    const found = at >= 0 ? left.splice(at, 1)[0] : undefined;
    return found ? { ...signer, signature: found.signature, index: found.index } : { ...signer };
  });
  return { signers: states, others: left };
}
