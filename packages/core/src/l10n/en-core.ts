import type { Translation } from './translation.js';

/** The English terms any form may show: `<mk-form>` carries these and falls back to them. */
export const enCore = {
  $code: 'en',
  $name: 'English',
  $dateLetters: { day: 'dd', month: 'mm', year: 'yyyy', hour: 'hh', minute: 'mm' },
  required: 'required',
  optional: 'optional',
  valueMissing: 'Please fill in this field.',
  tooShort: ({ min }) => `Please use at least ${min} ${min === 1 ? 'character' : 'characters'}.`,
  tooLong: ({ max }) => `Please use no more than ${max} ${max === 1 ? 'character' : 'characters'}.`,
  patternMismatch: 'Please match the requested format.',
  rangeUnderflow: ({ min }) => (typeof min === 'string' ? `Please use ${min} or later.` : `The value must be ${min} or more.`),
  rangeOverflow: ({ max }) => (typeof max === 'string' ? `Please use ${max} or earlier.` : `The value must be ${max} or less.`),
  aboveMinimum: ({ min }) => `The value must be more than ${min}.`,
  belowMaximum: ({ max }) => `The value must be less than ${max}.`,
  stepMismatch: 'Please enter a whole number.',
  notMultipleOf: ({ step }) => `The value must be a multiple of ${step}.`,
  badInput: 'Please enter a valid value.',
  // A switch, not a lookup: a format from a schema ("constructor") finds no Object member.
  typeMismatch: ({ format, pattern }) => {
    switch (format) {
      case 'email':
        return 'Please enter an email address, such as name@school.org.';
      case 'uri':
        return 'Please enter a web address, such as https://example.org.';
      case 'date':
        return pattern ? `Please enter a real date as ${pattern}.` : 'Please enter a real date.';
      case 'time':
        return pattern ? `Please enter a time as ${pattern}.` : 'Please enter a real time.';
      case 'date-time':
        return pattern ? `Please enter a date and time as ${pattern}.` : 'Please enter a real date and time.';
      case 'duration':
        return 'Please enter a duration, such as P3M for 3 months.';
      default:
        return 'Please match the requested format.';
    }
  },
  tooFewItems: ({ min }) => `Please add at least ${min} ${min === 1 ? 'item' : 'items'}.`,
  tooManyItems: ({ max }) => `Please keep to ${max} ${max === 1 ? 'item' : 'items'} or fewer.`,
  duplicateItems: 'Each item must be different.',
  tooFewEntries: ({ min }) => `Please fill in at least ${min} ${min === 1 ? 'entry' : 'entries'}.`,
  tooManyEntries: ({ max }) => `Please keep to ${max} ${max === 1 ? 'entry' : 'entries'} or fewer.`,
  containsCount: ({ min, max }) => {
    const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;
    if (max === undefined) return `This list needs at least ${items(min)} of the kind it asks for.`;
    return min === max
      ? `This list needs exactly ${items(min)} of the kind it asks for.`
      : `This list needs ${min} to ${max} items of the kind it asks for.`;
  },
  notAllowed: 'Please choose one of the listed options.',
  notConst: ({ allowed }) => {
    const [value] = allowed;
    if (value === true) return 'Please tick this box.';
    if (value === false) return 'Please leave this box unticked.';
    return typeof value === 'string' || typeof value === 'number'
      ? `Please use “${value}” here.`
      : 'Please use the value this form asks for.';
  },
  excluded: 'This value is not allowed here.',
  notExpected: ({ name }) => `This record holds “${name}”, which this form does not have.`,
  notCheckedYet: 'This record is still being checked. Please try again in a moment.',
  nameNotAllowed: ({ propertyName }) => `The name “${propertyName}” is not allowed here.`,
  unknownLevel: 'Please choose one of the levels of the scale.',
  unknownItem: 'This refers to something the template does not have.',
  duplicateId: 'Each id must be different.',
  templateMismatch: 'This record was made from another template.',
  dateFormatHint: ({ pattern, example }) => `Format ${pattern}, for example ${example}`,
  invalid: 'This value is not valid.',
  validatorFailed: 'The record could not be checked, so it cannot be sent. Try again later.',
  submit: 'Submit',
  choose: 'Choose…',
  errorSummaryTitle: ({ count }) => `There ${count === 1 ? 'is 1 problem' : `are ${count} problems`} with this form`,
  schemaErrorTitle: 'This form cannot be shown',
  schemaErrorAt: ({ where }) => `at ${where}`,
  loading: 'Loading…',
} satisfies Partial<Translation>;
