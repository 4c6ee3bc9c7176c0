import type { StandaloneError } from './generated/validators/observation-record.js';

/** One validation problem: where it is, which rule it breaks, and the message key to show. */
export interface ValidationError {
  /** JSON Pointer to the offending value; for `required`, the pointer of the missing property. */
  pointer: string;
  /** The JSON Schema keyword, or for checks JSON Schema cannot express the name of the check. */
  keyword: string;
  /**
   * Message key: valueMissing, tooShort, tooLong, patternMismatch, rangeUnderflow, rangeOverflow, aboveMinimum, belowMaximum, stepMismatch, notMultipleOf,
   * typeMismatch, badInput, notAllowed, notExpected, notConst, excluded, nameNotAllowed, tooFewItems, tooManyItems, tooFewEntries,
   * tooManyEntries, containsCount, duplicateItems, invalid, or a semantic key
   * (unknownLevel, unknownItem, duplicateId, templateMismatch).
   */
  key: string;
  /** Parameters for the message, for example `{ min: 4 }`. */
  params: Record<string, unknown>;
}

/** Escapes one JSON Pointer reference token (RFC 6901). */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(...tokens: (string | number)[]): string {
  return tokens.map((token) => `/${escapeToken(token)}`).join('');
}

const keyForKeyword: Record<string, string> = {
  required: 'valueMissing',
  dependentRequired: 'valueMissing',
  // draft-07 `dependencies` reports itself only for a missing property (its schema form reports the errors inside).
  dependencies: 'valueMissing',
  minLength: 'tooShort',
  maxLength: 'tooLong',
  pattern: 'patternMismatch',
  minimum: 'rangeUnderflow',
  exclusiveMinimum: 'aboveMinimum',
  maximum: 'rangeOverflow',
  exclusiveMaximum: 'belowMaximum',
  multipleOf: 'notMultipleOf',
  format: 'typeMismatch',
  type: 'badInput',
  enum: 'notAllowed',
  const: 'notConst',
  not: 'excluded',
  additionalProperties: 'notExpected',
  unevaluatedProperties: 'notExpected',
  propertyNames: 'nameNotAllowed',
  minItems: 'tooFewItems',
  maxItems: 'tooManyItems',
  // `items: false` after `prefixItems` (draft-07: `additionalItems: false` after `items: [...]`): no more items than those.
  items: 'tooManyItems',
  additionalItems: 'tooManyItems',
  minProperties: 'tooFewEntries',
  maxProperties: 'tooManyEntries',
  contains: 'containsCount',
  uniqueItems: 'duplicateItems',
};

function paramsFor(error: StandaloneError): Record<string, unknown> {
  const p = error.params;
  switch (error.keyword) {
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return { min: p['limit'] };
    case 'maxLength':
    case 'maxItems':
    case 'maxProperties':
    case 'items':
    case 'additionalItems':
      return { max: p['limit'] };
    case 'minimum':
    case 'exclusiveMinimum':
      return { min: p['limit'] };
    case 'maximum':
    case 'exclusiveMaximum':
      return { max: p['limit'] };
    case 'enum':
      return { allowed: p['allowedValues'] };
    case 'const':
      return { allowed: [p['allowedValue']] };
    case 'format':
      return { format: p['format'] };
    case 'pattern':
      return { pattern: p['pattern'] };
    case 'type':
      return { type: p['type'] };
    case 'multipleOf':
      return { step: p['multipleOf'] };
    case 'additionalProperties':
      return { name: p['additionalProperty'] };
    case 'unevaluatedProperties':
      return { name: p['unevaluatedProperty'] };
    case 'contains':
      return p['maxContains'] === undefined ? { min: p['minContains'] } : { min: p['minContains'], max: p['maxContains'] };
    default:
      return { ...p };
  }
}

function pointerFor(error: StandaloneError): string {
  const p = error.params;
  if (error.keyword === 'required' || error.keyword === 'dependentRequired' || (error.keyword === 'dependencies' && 'missingProperty' in p))
    return error.instancePath + pointerOf(String(p['missingProperty']));
  if (error.keyword === 'additionalProperties') return error.instancePath + pointerOf(String(p['additionalProperty']));
  if (error.keyword === 'unevaluatedProperties') return error.instancePath + pointerOf(String(p['unevaluatedProperty']));
  if (error.keyword === 'propertyNames') return error.instancePath + pointerOf(String(p['propertyName']));
  return error.instancePath;
}

/**
 * An item of a list whose `items` is `false` with no prefix before it (a list that must stay empty): Ajv reports
 * each item's `false schema`; the list's one problem says what, as when a prefix comes first (keyword `items`).
 */
function refusedItem(error: StandaloneError): ValidationError | undefined {
  if (error.keyword !== 'false schema' || !error.schemaPath.endsWith('/items/false schema')) return undefined;
  const pointer = error.instancePath.slice(0, error.instancePath.lastIndexOf('/'));
  return { pointer, keyword: 'items', key: 'tooManyItems', params: { max: 0 } };
}

/**
 * Maps Ajv's errors to ValidationErrors. A failed anyOf/oneOf is reported once, at the value, rather than once
 * per branch (and a failed `contains` once, at the list, not at each item it tried); a failed if/then is reported by the `required` inside it; property-name errors are reported at the
 * offending key.
 */
export function fromAjvErrors(errors: readonly StandaloneError[] | null | undefined): ValidationError[] {
  if (!errors) return [];
  // The items a failed `contains` tried report their own errors too: the list's one problem says what.
  const alternatives = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'contains')
    .map((e) => `${e.schemaPath}/`);
  const seen = new Set<string>();
  const result: ValidationError[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.propertyName !== undefined && error.keyword !== 'propertyNames') continue;
    if (alternatives.some((prefix) => error.schemaPath.startsWith(prefix))) continue;
    const problem = refusedItem(error) ?? {
      pointer: pointerFor(error),
      keyword: error.keyword,
      key: keyForKeyword[error.keyword] ?? 'invalid',
      params: paramsFor(error),
    };
    const id = `${problem.pointer} ${problem.keyword}`;
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(problem);
  }
  return result;
}
