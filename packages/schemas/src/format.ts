import type { ValidationError } from './errors.js';
import { own } from './own.js';

const messages: Record<string, (p: Record<string, unknown>) => string> = {
  valueMissing: () => 'is required',
  tooShort: (p) => `must be at least ${p['min']} characters long`,
  tooLong: (p) => `must be at most ${p['max']} characters long`,
  patternMismatch: () => 'is not in the expected form',
  rangeUnderflow: (p) => `must not be less than ${p['min']}`,
  rangeOverflow: (p) => `must not be more than ${p['max']}`,
  aboveMinimum: (p) => `must be more than ${p['min']}`,
  belowMaximum: (p) => `must be less than ${p['max']}`,
  stepMismatch: () => 'must be a whole number',
  notMultipleOf: (p) => `must be a multiple of ${p['step']}`,
  typeMismatch: (p) => `is not a valid ${p['format']}`,
  badInput: (p) => `must be of type ${p['type']}`,
  notAllowed: (p) =>
    Array.isArray(p['allowed']) ? `must be one of ${p['allowed'].map((v) => JSON.stringify(v)).join(', ')}` : 'is not allowed here',
  notConst: (p) => (Array.isArray(p['allowed']) ? `must be ${JSON.stringify(p['allowed'][0])}` : 'must be the one value allowed'),
  notExpected: (p) => `holds ${JSON.stringify(p['name'])}, which its schema does not allow`,
  excluded: () => 'is a value its schema excludes (not)',
  nameNotAllowed: (p) => `is a property name that is not allowed (${JSON.stringify(p['propertyName'])})`,
  tooFewItems: (p) => `must have at least ${p['min']} items`,
  tooManyItems: (p) => `must have at most ${p['max']} items`,
  tooFewEntries: (p) => `must have at least ${p['min']} properties`,
  tooManyEntries: (p) => `must have at most ${p['max']} properties`,
  containsCount: (p) =>
    `must have ${p['max'] === undefined ? `at least ${p['min']}` : `${p['min']} to ${p['max']}`} items that match its contains schema`,
  duplicateItems: () => 'must not contain duplicates',
  unknownLevel: (p) => `names level ${JSON.stringify(p['level'])}, which is not on the template scale`,
  unknownItem: (p) => `names ${p['item'] ?? 'an item'} ${JSON.stringify(p['id'] ?? p['ref'])}, which the template does not have`,
  duplicateId: (p) => `repeats the id ${JSON.stringify(p['id'])}`,
  changedAfterSigning: (p) =>
    `changed after signature ${p['signature']} was made${p['templatePointer'] !== undefined ? ` (template ${p['templatePointer']})` : ''}: signed ${JSON.stringify(p['signed'])}, now ${JSON.stringify(p['current'])}`,
  signatureAltered: (p) =>
    `was altered after it was made (signature ${p['signature']}): its hash no longer matches its fields and snapshot`,
  duplicateSignature: (p) => `repeats signature ${p['of']}`,
  templateMismatch: (p) => `does not match the template (expected ${JSON.stringify(p['expected'])})`,
};

/** A plain English message for an error, for logs and the CLI (user interfaces use their own catalogue). */
export function formatValidationError(error: ValidationError): string {
  const message = own(messages, error.key) as ((p: Record<string, unknown>) => string) | undefined;
  return (message ?? (() => 'is invalid'))(error.params ?? {});
}
