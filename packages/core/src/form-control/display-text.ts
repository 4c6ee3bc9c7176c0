/**
 * The text a control shows for a model value. A record is outside data: a value of the wrong type
 * (an object, even one whose `toString` is not a function) shows as empty instead of throwing; the
 * record keeps it, and the field's own check reports it (`badInput`) until the user replaces it.
 */
export function displayText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return '';
}
