// The content a signature's contentHash covers, so that any edit after signing is visible.

/** Properties left out of the signed content: they change without changing what was agreed. */
export const unsignedProperties = ['signatures', 'status', 'updatedAt', 'extensions'] as const;

/** Canonical JSON: no whitespace, object keys sorted by UTF-16 code units, undefined members dropped. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const members = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(',')}}`;
}

/** The canonical JSON of a record's signed content. */
export function signedContent(record: object): string {
  const content: Record<string, unknown> = { ...record };
  for (const key of unsignedProperties) delete content[key];
  return canonicalJson(content);
}

/** SHA-256 (lower-case hex) of a record's signed content: the value of `contentHash` in its signatures. */
export async function contentHash(record: object): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(signedContent(record)));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
