import { canonicalJson } from '../canonical.js';
import type { Signature } from '../generated/types/index.js';

/** The seal version signatures made now carry. */
export const sealVersion = 2;

/** The signature's own fields a seal covers: who, in which role, when, how, what part, in which language. */
export function signatureFields(signature: Partial<Signature>): Record<string, unknown> {
  const { signer, role, signedAt, method, typedName, drawing, part, lang } = signature;
  return { signer, role, signedAt, method, typedName, drawing, part: part ?? '', lang };
}

export async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The hash of a version 2 seal: the sealed content, the template as signed and the signature's own fields. */
export function sealHash(signature: Partial<Signature>, content: unknown, template: unknown): Promise<string> {
  return sha256(
    canonicalJson({ sealVersion, content: content ?? null, template: template ?? null, signature: signatureFields(signature) }),
  );
}
