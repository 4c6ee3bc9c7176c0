let next = 0;

/** An id unique in the page, for pairing a label with its control inside a form's shadow root. */
export function uniqueId(prefix: string): string {
  next += 1;
  return `${prefix}-${next}`;
}
