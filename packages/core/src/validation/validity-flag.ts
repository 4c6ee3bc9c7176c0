// A module of its own, apart from problem.ts: only field elements (form-associated on their own) set
// validity flags, and <mk-form>'s main chunk would carry it with problem.ts (#17).

/** JSON Schema keyword → the platform's ValidityState flag (CONVENTIONS 5). */
export function flagFor(keyword: string): keyof ValidityStateFlags {
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
    case 'exclusiveMinimum':
      return 'rangeUnderflow';
    case 'maximum':
    case 'exclusiveMaximum':
      return 'rangeOverflow';
    case 'multipleOf':
      return 'stepMismatch';
    case 'format':
      return 'typeMismatch';
    default:
      return 'customError';
  }
}
