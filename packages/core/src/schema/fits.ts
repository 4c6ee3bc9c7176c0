import { compiledPattern } from '../validation/constraints.js';
import { asSchema, isSchemaObject } from './merge-all-of.js';
import { resolveRef } from './resolve-ref.js';
import type { SchemaIndex } from './schema-index.js';

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  if (type === 'integer') return typeof value === 'number' && Number.isInteger(value);
  return actual === type;
}

/** Deep equality of JSON values. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameJson((a as never)[k], (b as never)[k]));
}

const maxDepth = 64;

/**
 * Whether a value fits a schema, for choosing what to show (which branch of a `oneOf` loaded data
 * belongs to, whether an `if` holds). It reads the structural keywords (type, const, enum,
 * required, properties, items, bounds, lengths, pattern, combinators, `$ref`); keywords it does not
 * know count as met. Not a validator: the form's validator has the last word. Nothing is evaluated
 * as code.
 */
export function fits(schema: unknown, value: unknown, index: SchemaIndex, depth = 0): boolean {
  if (schema === true || schema === undefined) return true;
  if (schema === false) return false;
  if (!isSchemaObject(schema) || depth > maxDepth) return true;
  const s = schema;
  const next = (sub: unknown, v: unknown) => fits(sub, v, index, depth + 1);
  for (const keyword of ['$ref', '$dynamicRef'] as const) {
    if (typeof s[keyword] !== 'string') continue;
    const target = resolveRef(index, s[keyword] as string, s);
    if (typeof target !== 'string' && !next(target, value)) return false;
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => hasType(value, t))) return false;
  }
  if (s.const !== undefined && !sameJson(s.const, value)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((e) => sameJson(e, value))) return false;
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) return false;
    if (typeof s.maximum === 'number' && value > s.maximum) return false;
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) return false;
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) return false;
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof s.minLength === 'number' && length < s.minLength) return false;
    if (typeof s.maxLength === 'number' && length > s.maxLength) return false;
    if (typeof s.pattern === 'string' && compiledPattern(s.pattern)?.test(value) === false) return false;
  }
  if (isSchemaObject(value)) {
    if (Array.isArray(s.required) && !s.required.every((name) => Object.hasOwn(value, name))) return false;
    const properties = isSchemaObject(s.properties) ? s.properties : {};
    for (const [name, sub] of Object.entries(properties)) if (Object.hasOwn(value, name) && !next(sub, value[name])) return false;
    const patternProperties = isSchemaObject(s.patternProperties) ? s.patternProperties : {};
    for (const name of Object.keys(value)) {
      const matching = Object.keys(patternProperties).filter((p) => compiledPattern(p)?.test(name));
      for (const p of matching) if (!next(patternProperties[p], value[name])) return false;
      if (
        !Object.hasOwn(properties, name) &&
        !matching.length &&
        s.additionalProperties !== undefined &&
        !next(s.additionalProperties, value[name])
      )
        return false;
    }
  }
  if (Array.isArray(value)) {
    const prefix = Array.isArray(s['prefixItems']) ? (s['prefixItems'] as unknown[]) : Array.isArray(s.items) ? s.items : [];
    const rest = Array.isArray(s.items) ? s['additionalItems'] : Array.isArray(s['prefixItems']) ? s.items : s.items;
    if (typeof s.minItems === 'number' && value.length < s.minItems) return false;
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) return false;
    for (let i = 0; i < value.length; i++) if (!next(i < prefix.length ? prefix[i] : rest, value[i])) return false;
  }
  if (Array.isArray(s.allOf) && !s.allOf.every((sub) => next(sub, value))) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => next(sub, value))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((sub) => next(sub, value)).length !== 1) return false;
  if (s['not'] !== undefined && next(asSchema(s['not']), value)) return false;
  if (s.if !== undefined) {
    const branch = next(s.if, value) ? s.then : s.else;
    if (branch !== undefined && !next(branch, value)) return false;
  }
  return true;
}
