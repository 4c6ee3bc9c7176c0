import type { StandaloneValidator } from './generated/validators/observation-record.js';
import { fromAjvErrors, type ValidationError } from './errors.js';

/** Checks a document against its JSON Schema only (no semantic checks). */
export type SchemaValidator = (data: unknown) => ValidationError[];

/**
 * Adapts a precompiled validator (a module written by `mentorkit compile`) to the shared error shape,
 * e.g. for `<mk-form>`'s `validator` property.
 */
export function fromStandalone(validate: StandaloneValidator): SchemaValidator {
  return (data) => (validate(data) ? [] : fromAjvErrors(validate.errors));
}
