import { requireFits } from './fits-engine.js';
import type { JsonSchema } from './json-schema.js';
import { listKeywords, mapKeywords, schemaKeywords, SchemaIndex } from './schema-index.js';

/** A problem with the schema, named by where it is. */
export interface DocumentIssue {
  at: string;
  message: string;
}

/** What one walk over a schema document finds. */
export interface SchemaDocument {
  /** Its resources and anchors, for resolving `$ref`s. */
  index: SchemaIndex;
  /**
   * Its problems, in document order. A document with references resolves them when this is first read, with the
   * fits chunk (resolve-ref.ts), which such a document needs: it throws while that is not loaded (see `loadFits`).
   */
  readonly issues: DocumentIssue[];
  /** A schema in it has a `pattern` or `patternProperties` (the pattern engine is needed). */
  patterns: boolean;
  /** A schema in it has a condition or a dependency, a reference or `allOf`, alternatives or `propertyNames` (the fits chunk is needed: fits-engine.ts). */
  fits: boolean;
  /** A schema in it has a `$ref` or `$dynamicRef` (without one, no part of the document is reached twice). */
  refs: boolean;
}

const knownTypes = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
const referenceKeywords = ['$ref', '$dynamicRef'] as const;

/** Documents read ahead of their field tree (for the chunks a form loads first), until the tree takes them. */
const readAhead = new WeakMap<object, SchemaDocument>();

/**
 * Reads a whole schema document once, before anything renders, in one walk: it indexes its resources and
 * anchors, and checks that every `type` is a JSON type, every `properties` an object, every `$ref` and
 * `$dynamicRef` resolves inside the document, and whether any schema has a pattern. The field tree is built
 * lazily; checking the document up front keeps its problems from surfacing halfway through rendering. Each
 * schema object is visited once, so the cost is linear in the document.
 *
 * `ahead`: read for what the form must load before it builds the tree (schema-needs.ts); the next read
 * without it (the tree's) takes that result instead of walking again. Any later read walks anew.
 */
export function readSchemaDocument(root: JsonSchema, { ahead = false } = {}): SchemaDocument {
  const early = readAhead.get(root);
  if (early) {
    if (!ahead) readAhead.delete(root);
    return early;
  }
  const document = walk(root);
  if (ahead) readAhead.set(root, document);
  return document;
}

function walk(root: JsonSchema): SchemaDocument {
  const index = new SchemaIndex(root);
  // A `$ref` is resolved once the walk has indexed the whole document (it may point ahead); its place
  // in the list keeps the issues in document order.
  const found: (DocumentIssue | { ref: string; from: JsonSchema; where: Where })[] = [];
  let patterns = false;
  let fits = false;
  let refs = false;
  // Where a schema is, as a chain of keys: its JSON Pointer is written only for an issue (most documents have none).
  const visit = (schema: unknown, where: Where | undefined, parentBase: string | undefined): void => {
    if (typeof schema === 'boolean') return;
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
      found.push({ at: pointerOf(where), message: 'Expected a schema object here.' });
      return;
    }
    const s = schema as JsonSchema;
    const base = index.enter(s, parentBase);
    if (base === undefined) return;
    if (!patterns) patterns = s.pattern !== undefined || s['patternProperties'] !== undefined;
    if (!fits) fits = needsFits(s);
    // Keys the walk does not enter, read once for both (most schemas have none that hold an object).
    // The loops below count instead of iterating: a form's first render runs this walk before V8 optimises it, and
    // unoptimised `for…of` allocates an iterator and a result per step (a sixth of what observation-100 allocates).
    if (!patterns || !fits) {
      const keys = Object.keys(s);
      for (let k = 0; k < keys.length; k++) {
        const value = s[keys[k]!];
        if (notOutside.has(keys[k]!) || value === null || typeof value !== 'object') continue;
        if (!patterns) patterns = someObject(value, hasPattern);
        if (!fits) fits = someObject(value, needsFits);
      }
    }
    const unknown = unknownType(s.type);
    if (unknown)
      found.push({
        at: pointerOf({ up: where, key: 'type' }),
        message: `Unknown type "${String(unknown.type)}" (known: ${[...knownTypes].join(', ')}).`,
      });
    for (let k = 0; k < referenceKeywords.length; k++) {
      const keyword = referenceKeywords[k]!;
      const ref = s[keyword];
      if (typeof ref === 'string') found.push({ ref, from: s, where: { up: where, key: keyword } });
      if (ref !== undefined) refs = true;
    }
    for (let k = 0; k < schemaKeywords.length; k++) {
      const keyword = schemaKeywords[k]!;
      const sub = s[keyword];
      if (sub !== undefined && !Array.isArray(sub)) visit(sub, { up: where, key: keyword }, base);
    }
    for (let k = 0; k < listKeywords.length; k++) {
      const keyword = listKeywords[k]!;
      const list = s[keyword];
      if (Array.isArray(list)) {
        const at = { up: where, key: keyword };
        for (let i = 0; i < list.length; i++) visit(list[i], { up: at, key: String(i) }, base);
      } else if (list !== undefined && keyword !== 'items')
        found.push({ at: pointerOf({ up: where, key: keyword }), message: `"${keyword}" must be an array of schemas.` });
    }
    for (let k = 0; k < mapKeywords.length; k++) {
      const keyword = mapKeywords[k]!;
      const map = s[keyword];
      if (map === undefined) continue;
      const at = { up: where, key: keyword };
      if (map === null || typeof map !== 'object' || Array.isArray(map)) {
        found.push({ at: pointerOf(at), message: `"${keyword}" must be an object.` });
        continue;
      }
      const names = Object.keys(map);
      for (let n = 0; n < names.length; n++) {
        const member = (map as Record<string, unknown>)[names[n]!];
        // draft-07 `dependencies` also takes a list of property names.
        if (keyword === 'dependencies' && Array.isArray(member)) continue;
        visit(member, { up: at, key: names[n]! }, base);
      }
    }
  };
  visit(root, undefined, undefined);
  let issues: DocumentIssue[] | undefined;
  return {
    index,
    patterns,
    fits,
    refs,
    get issues() {
      if (issues) return issues;
      const resolveRef = refs ? requireFits().resolveRef : undefined;
      issues = [];
      for (const entry of found) {
        if (!('ref' in entry)) {
          issues.push(entry);
          continue;
        }
        const target = resolveRef!(index, entry.ref, entry.from);
        if (typeof target === 'string') issues.push({ at: pointerOf(entry.where), message: target });
      }
      return issues;
    },
  };
}

/**
 * Keys whose values the walk enters, or that hold data (values, names, types) rather than schemas. What any other
 * key holds (an `x-` extension, `components` or other places a `$ref` may point into) is searched whole for a
 * pattern or a condition: erring on the side of loading a chunk, none is missed.
 */
const notOutside = new Set<string>([
  ...schemaKeywords,
  ...listKeywords,
  ...mapKeywords,
  'enum',
  'const',
  'default',
  'examples',
  'required',
  'type',
]);

const hasPattern = (json: object) => Object.hasOwn(json, 'pattern') || Object.hasOwn(json, 'patternProperties');

/**
 * Whether the field tree needs the fits chunk for this schema: a condition (`if`/`then`/`else`, a dependency),
 * a reference or `allOf` to fold, `propertyNames`, more than one type (besides `null`, and `integer` with `number`),
 * or `oneOf`/`anyOf` that is not a list of constants (which the tree reads as choices). Read from what the schema
 * says, erring on the side of loading.
 */
function needsFits(json: object): boolean {
  const s = json as JsonSchema;
  if (s.if !== undefined || s.then !== undefined || s.else !== undefined || s['propertyNames'] !== undefined) return true;
  if (s.$ref !== undefined || s['$dynamicRef'] !== undefined || s.allOf !== undefined) return true;
  if (s['dependentSchemas'] !== undefined || s['dependentRequired'] !== undefined || s['dependencies'] !== undefined) return true;
  if (Array.isArray(s.type)) {
    const types = s.type.filter((t) => t !== 'null');
    if (types.length > 1 && !(types.length === 2 && types.includes('integer') && types.includes('number'))) return true;
  }
  return !constantsOrNone(s.oneOf) || !constantsOrNone(s.anyOf);
}

/** No alternatives, or a list of constants (read as choices). */
function constantsOrNone(members: unknown): boolean {
  return members === undefined || (Array.isArray(members) && members.every(isConstant));
}

/** `{ const }` or an `enum` of one: what a list of choices is made of. */
function isConstant(member: unknown): boolean {
  if (member === null || typeof member !== 'object') return false;
  const { enum: values } = member as JsonSchema;
  return Object.hasOwn(member, 'const') || (Array.isArray(values) && values.length === 1);
}

/** Whether any object in `json` has a key `pattern` or `patternProperties`. */
export function hasPatternKey(json: object): boolean {
  return someObject(json, hasPattern);
}

/** Whether `json` or any object in it passes `test` (each object once). */
export function someObject(json: object, test: (json: object) => boolean): boolean {
  const seen = new Set<object>();
  const stack: object[] = [json];
  while (stack.length) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    if (test(node)) return true;
    for (const value of Object.values(node)) if (value !== null && typeof value === 'object') stack.push(value);
  }
  return false;
}

/** The first of a schema's `type`s that is not a JSON type (as `{ type }`: it may be any value), or undefined. */
function unknownType(type: unknown): { type: unknown } | undefined {
  if (type === undefined) return undefined;
  if (!Array.isArray(type)) return isKnownType(type) ? undefined : { type };
  for (const member of type) if (!isKnownType(member)) return { type: member };
  return undefined;
}

function isKnownType(type: unknown): boolean {
  return typeof type === 'string' && knownTypes.has(type);
}

/** A place in the document: a key and the place it is in. */
interface Where {
  up: Where | undefined;
  key: string;
}

function pointerOf(where: Where | undefined): string {
  let pointer = '';
  for (let at = where; at; at = at.up) pointer = `/${at.key.replace(/~/g, '~0').replace(/\//g, '~1')}${pointer}`;
  return pointer;
}
