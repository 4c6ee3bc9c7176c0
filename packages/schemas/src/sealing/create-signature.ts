import type { Drawing, Person, Signature } from '../generated/types/index.js';
import { loadTemplateText } from '../template-text.js';
import { sealedContent, templateAsSigned } from './seal-content.js';
import { sealHash, sealVersion } from './seal-hash.js';

export interface SignatureInput {
  /** The record as it is signed. */
  record: unknown;
  /** The template the record was made with. */
  template: unknown;
  /** The role in which the person signs (an agreement's party slot id, `headTeacher`, `observed`, `supervisor`…). */
  role: string;
  /** JSON Pointer of the sealed part; '' or absent: the whole record. */
  part?: string;
  signer: Person;
  method: 'typed' | 'drawn';
  typedName?: string;
  drawing?: Drawing;
  /** The language the signer read the template in. */
  lang: string;
  /** When; default now. */
  signedAt?: string;
}

/** A version 2 signature: the signature's fields, a snapshot of what it seals, and the hash binding them. */
export async function createSignature(input: SignatureInput): Promise<Signature> {
  const part = input.part ?? '';
  const fields = {
    signer: input.signer,
    role: input.role,
    signedAt: input.signedAt ?? new Date().toISOString(),
    ...(input.method === 'typed'
      ? { method: 'typed' as const, typedName: input.typedName! }
      : { method: 'drawn' as const, drawing: input.drawing! }),
    ...(part ? { part } : {}),
    lang: input.lang,
  };
  await loadTemplateText(input.template, input.lang);
  const content = sealedContent(input.record, part);
  const template = templateAsSigned(input.template, input.lang);
  const contentHash = await sealHash(fields, content, template);
  return { ...fields, sealVersion, sealed: { content, template }, contentHash } as Signature;
}
