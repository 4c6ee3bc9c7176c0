const fnvOffset = 0x6c62272e07bb014262b821756295c58dn;
const fnvPrime = 0x0000000001000000000000000000013bn;
const mask128 = (1n << 128n) - 1n;

/**
 * A UUID that is always the same for the same name, so an export sent twice names the same things
 * (an LRS drops a statement it already has; a CASE server updates the rubric it already holds). It is
 * an RFC 9562 version 8 ("custom") UUID built from the 128-bit FNV-1a hash of the name's UTF-8 bytes:
 * a stable name, not a secret. Synchronous, so it is the same in browsers and Node.
 */
export function stableUuid(name: string): string {
  let hash = fnvOffset;
  for (const byte of new TextEncoder().encode(name)) hash = ((hash ^ BigInt(byte)) * fnvPrime) & mask128;
  const hex = hash.toString(16).padStart(32, '0');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}
