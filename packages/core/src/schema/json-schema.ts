import type { LocalisedText } from '../l10n/catalogue.js';

/** The part of JSON Schema (draft-07 and 2020-12) the engine reads. Anything else is kept and ignored. */
export interface JsonSchema {
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  type?: string | string[];
  title?: LocalisedText;
  description?: LocalisedText;
  default?: unknown;
  readOnly?: boolean;
  const?: unknown;
  enum?: unknown[];
  /** Labels of the `enum` values, in their order (RJSF's `enumNames`, written by many tools). */
  enumNames?: unknown[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  formatMinimum?: string;
  formatMaximum?: string;
  'x-ui'?: UiHint;
  [keyword: string]: unknown;
}

/** Names of the widgets a UI hint may ask for. */
export type Widget =
  | 'text'
  | 'textarea'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'checkboxes'
  | 'date'
  | 'date-time'
  | 'number'
  | 'signature'
  | 'scale'
  /** An editor of any JSON value (the default for a schema that says nothing about its value). */
  | 'json'
  /** The value null (the default for `type: "null"`). */
  | 'null';

/** Show a field only while another field has a value (declarative; nothing is evaluated as code). */
export interface ShowIf {
  /**
   * The field to watch: a dotted path or JSON Pointer from the root of the record, or a Relative
   * JSON Pointer from this field (`1/status`: the `status` beside it, in the same array item).
   */
  path: string;
  /** Shown when the watched value equals this. */
  equals?: unknown;
  /** Shown when the watched value is one of these. */
  in?: unknown[];
  /** Shown when the watched value is filled in (true) or empty (false). */
  filled?: boolean;
}

/**
 * UI hints for one field, given in a `ui` map keyed by dotted path (`"points.p0003.rating": "radio"`)
 * or inside the schema as `"x-ui": { … }`. A bare string is shorthand for `{ widget }`.
 */
export interface UiHint {
  widget?: Widget;
  /** Property order of an object: names listed first, in this order; the rest after. */
  order?: string[];
  hidden?: boolean;
  /** Read the label to screen readers but do not show it (the layout shows it elsewhere). */
  labelHidden?: boolean;
  /** Help text (overrides the schema's description). */
  help?: LocalisedText;
  placeholder?: LocalisedText;
  /** Label (overrides the schema's title). */
  label?: LocalisedText;
  showIf?: ShowIf;
  /** Rows of a textarea. */
  rows?: number;
}

export type UiMap = Record<string, Widget | UiHint>;
