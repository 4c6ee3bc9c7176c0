import type { JsonSchema } from './json-schema.js';

/** The base of a schema without `$id`: a URI that relative references resolve against. */
const defaultBase = 'mk:/root';

/** Keywords whose value is one schema. */
export const schemaKeywords = [
  'additionalProperties',
  'additionalItems',
  'unevaluatedProperties',
  'unevaluatedItems',
  'items',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'contentSchema',
] as const;
/** Keywords whose value is a list of schemas. */
export const listKeywords = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'] as const;
/** Keywords whose value maps names to schemas. */
export const mapKeywords = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies'] as const;

/** `base#fragment` → [base, fragment]. */
export function splitUri(uri: string): [string, string] {
  const hash = uri.indexOf('#');
  return hash < 0 ? [uri, ''] : [uri.slice(0, hash), uri.slice(hash + 1)];
}

/** `ref` resolved against `base`, or undefined when it is not a URI reference. */
export function absolute(ref: string, base: string): string | undefined {
  try {
    return new URL(ref, base).href;
  } catch {
    // `urn:` bases take fragments only; anything else that does not parse cannot be resolved.
    if (ref.startsWith('#')) return splitUri(base)[0] + ref;
    try {
      return new URL(ref).href;
    } catch {
      return undefined;
    }
  }
}

/**
 * Every schema resource, anchor and dynamic anchor of one bundled schema document (draft-07 and
 * 2020-12), so `$ref`s by pointer, by `$id` and by `$anchor` and `$dynamicRef`s resolve without
 * loading anything. Filled by the one walk over the document (`readSchemaDocument`); a reference is resolved
 * against it by `resolveRef` (resolve-ref.ts), in the fits chunk with the rest of what reads references.
 */
export class SchemaIndex {
  /** Resource URI (no fragment) → its schema. */
  readonly resources = new Map<string, JsonSchema>();
  /** `resource#name` → the schema with that `$anchor` (or draft-07 `$id: "#name"`, or `$dynamicAnchor`). */
  readonly anchors = new Map<string, JsonSchema>();
  /** `resource#name` of each `$dynamicAnchor`. */
  readonly dynamicAnchors = new Set<string>();
  /** Each schema object → the URI of the resource it sits in. */
  readonly #baseOf = new WeakMap<object, string>();

  /** Empty: the walk over the document (`readSchemaDocument`, check-schema.ts) calls `enter` for each schema object. */
  constructor(readonly root: JsonSchema) {}

  /**
   * Indexes one schema object met on a walk of the document under the resource of the schema it was reached
   * from (`parentBase`); returns the base its own subschemas sit in, or undefined when it was met before (a
   * walk visits each object once, the first time it is reached).
   */
  enter(schema: JsonSchema, parentBase = defaultBase): string | undefined {
    if (this.#baseOf.has(schema)) return undefined;
    let base = parentBase;
    const id = typeof schema.$id === 'string' ? schema.$id : undefined;
    if (id !== undefined) {
      if (id.startsWith('#')) this.anchors.set(splitUri(base)[0] + id, schema);
      else base = splitUri(absolute(id, parentBase) ?? parentBase)[0];
    }
    if (!this.resources.has(base)) this.resources.set(base, schema);
    this.#baseOf.set(schema, base);
    if (typeof schema['$anchor'] === 'string') this.anchors.set(`${base}#${schema['$anchor']}`, schema);
    if (typeof schema['$dynamicAnchor'] === 'string') {
      const key = `${base}#${schema['$dynamicAnchor']}`;
      if (!this.anchors.has(key)) this.anchors.set(key, schema);
      this.dynamicAnchors.add(key);
    }
    return base;
  }

  /** The URI of the resource a schema object sits in. */
  baseOf(schema: object): string {
    return this.#baseOf.get(schema) ?? defaultBase;
  }
}
