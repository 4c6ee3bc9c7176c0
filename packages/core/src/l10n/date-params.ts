let display: (value: unknown, lang: string) => unknown = (value) => value;

/**
 * A message parameter as the message shows it: a date written the way the language writes dates
 * (`min` `2026-09-01` is `01.09.2026` in nb), once the date code (dates.ts) is loaded, which sets it.
 * A form loads that code for every schema with a date in it (form/schema-chunks.ts); anything else as it is.
 */
export function displayParam(value: unknown, lang: string): unknown {
  return display(value, lang);
}

/** Called by dates.ts when it loads. */
export function showDatesWith(write: (value: unknown, lang: string) => unknown): void {
  display = write;
}
