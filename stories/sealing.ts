// Records signed for the stories: the same createSignature the elements use, so the seal checks out.
import { createSignature, getTemplate } from '@mentorkit/schemas';

type Json = Record<string, unknown>;

/** A copy of `record` without signatures. */
export function unsigned<T extends object>(record: T): T {
  const { signatures: _signatures, status: _status, ...rest } = structuredClone(record) as Json;
  return rest as T;
}

/** A copy of `record` signed by `name` in `role` (sealing `part`, or the whole record). */
export async function signedBy(record: object, templateId: string, role: string, name: string, part = ''): Promise<Json> {
  const copy = unsigned(record) as Json;
  const signature = await createSignature({
    record: copy,
    template: getTemplate(templateId),
    role,
    part,
    signer: { name, role },
    method: 'typed',
    typedName: name,
    lang: 'en',
    signedAt: '2025-12-05T10:00:00.000Z',
  });
  return { ...copy, signatures: [signature] };
}

/** Loads a signed record into the element, then sets it again with `change` applied, as a host would. */
export async function changeAfterSigning(
  el: HTMLElement & { value: unknown; updateComplete: Promise<unknown> },
  signed: Json,
  change: (r: Json) => void,
) {
  el.value = structuredClone(signed);
  await el.updateComplete;
  const changed = structuredClone(signed);
  change(changed);
  el.value = changed;
  await el.updateComplete;
}
