import type { TermKey } from '../l10n/translation.js';

/**
 * One validation problem, in the error shape used everywhere in Mentorkit (the same shape
 * `@mentorkit/schemas` validators return): where (JSON Pointer), which JSON Schema keyword, and a
 * catalogue key with parameters, so a message reads the same in every browser and language.
 */
export interface Problem {
  pointer: string;
  keyword: string;
  key: TermKey | string;
  params: Record<string, unknown>;
}

/** Catalogue key for a keyword, used when a problem comes without one. */
export function termFor(keyword: string): TermKey {
  switch (keyword) {
    case 'required':
      return 'valueMissing';
    case 'minLength':
      return 'tooShort';
    case 'maxLength':
      return 'tooLong';
    case 'pattern':
      return 'patternMismatch';
    case 'minimum':
      return 'rangeUnderflow';
    case 'exclusiveMinimum':
      return 'aboveMinimum';
    case 'maximum':
      return 'rangeOverflow';
    case 'exclusiveMaximum':
      return 'belowMaximum';
    case 'multipleOf':
      return 'notMultipleOf';
    case 'format':
      return 'typeMismatch';
    case 'minItems':
      return 'tooFewItems';
    case 'maxItems':
      return 'tooManyItems';
    case 'minProperties':
      return 'tooFewEntries';
    case 'maxProperties':
      return 'tooManyEntries';
    case 'contains':
    case 'minContains':
    case 'maxContains':
      return 'containsCount';
    case 'uniqueItems':
      return 'duplicateItems';
    case 'enum':
      return 'notAllowed';
    case 'const':
      return 'notConst';
    case 'not':
      return 'excluded';
    case 'propertyNames':
      return 'nameNotAllowed';
    case 'type':
      return 'badInput';
    default:
      return 'invalid';
  }
}
