import { dereference, format, validate, type OutputUnit } from '@cfworker/json-schema';
import { fromDraft04 } from '@mentorkit/schemas/dialect.js';
import { dialectOf, safePattern, type Dialect } from '@mentorkit/schemas/safe-pattern.js';
import { readSchemaDocument, someObject } from '../schema/check-schema.js';
import { resolveRef } from '../schema/resolve-ref.js';
import type { SchemaIndex } from '../schema/schema-index.js';
import { escapeToken, getAt, joinPointer, parsePointer, unescapeToken } from '../store/pointer.js';
import { PatternNames } from './pattern-names.js';
import { SplitValidation } from './split-validation.js';
import type { Problem } from './problem.js';
import { termFor } from './problem.js';

/** Keywords that only report that something below them failed; the leaf error says what. */
const wrappers = new Set([
  'properties',
  'additionalProperties',
  'patternProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'allOf',
  '$ref',
  'unevaluatedProperties',
  'dependentSchemas',
  'if',
  'then',
  'else',
]);

/** A failed stand-in format is the `pattern` it stands for. */
function asPattern(problem: Problem): Problem {
  const name = problem.params['format'];
  if (problem.keyword !== 'format' || typeof name !== 'string' || !name.startsWith(patternFormat)) return problem;
  return { ...problem, keyword: 'pattern', key: 'patternMismatch', params: { pattern: name.slice(patternFormat.length) } };
}

function pointerOf(instanceLocation: string): string {
  const fragment = instanceLocation.replace(/^#/, '');
  return decodeURIComponent(fragment);
}

function toProblem(unit: OutputUnit, schemaParams: (keywordLocation: string) => Record<string, unknown>): Problem {
  let pointer = pointerOf(unit.instanceLocation);
  const params = schemaParams(unit.keywordLocation);
  // A missing property is reported at the property (as the precompiled path does), so its field shows it.
  const missing =
    unit.keyword === 'required'
      ? /"([^"]*)"/.exec(unit.error)?.[1]
      : unit.keyword === 'dependentRequired' || unit.keyword === 'dependencies'
        ? /does not have "([^"]*)"/.exec(unit.error)?.[1]
        : undefined;
  if (missing !== undefined) {
    pointer = joinPointer(pointer, missing);
    params['missingProperty'] = missing;
    return { pointer, keyword: unit.keyword, key: 'valueMissing', params };
  }
  // A `false` schema refuses whatever is there (additionalProperties: false, items: false).
  return { pointer, keyword: unit.keyword, key: unit.keyword === 'false' ? 'notAllowed' : termFor(unit.keyword), params };
}

/** A property name `propertyNames` refuses, as a problem at that property. */
function refusedName(pointer: string): Problem {
  const token = parsePointer(pointer).at(-1) ?? '';
  return { pointer, keyword: 'propertyNames', key: 'nameNotAllowed', params: { propertyName: token } };
}

const joinTokens = (tokens: string[]) => tokens.map((token) => `/${escapeToken(token)}`).join('');

/** A property a `false` schema refuses (`additionalProperties: false`, as Ajv reports it): named, not "not allowed". */
function unexpectedProperty(problem: Problem, record: unknown): Problem {
  if (problem.keyword !== 'false' || problem.pointer === '') return problem;
  const tokens = parsePointer(problem.pointer);
  const parent = getAt(record, joinTokens(tokens.slice(0, -1)));
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return problem;
  return { ...problem, key: 'notExpected', params: { name: tokens.at(-1)! } };
}

/** How many items must fit a list's `contains`: `minContains` (1 when it is not given), and `maxContains` if any. */
function containsBounds(schema: Record<string, unknown> | undefined): Record<string, unknown> {
  const min = typeof schema?.['minContains'] === 'number' ? schema['minContains'] : 1;
  const max = schema?.['maxContains'];
  return typeof max === 'number' ? { min, max } : { min };
}

/** How to read a schema: its draft when it does not say (`$schema`), and the schemas its `$ref`s load by URI. */
export interface RuntimeValidatorOptions {
  draft?: '7' | '2020-12';
  references?: { id: string; schema: object }[];
}

/** Formats that stand for a `pattern`: the interpreter calls them instead of running the platform's backtracking RegExp. */
const patternFormat = 'mentorkit-pattern:';

function registerPattern(pattern: string): string {
  const name = patternFormat + pattern;
  if (!Object.hasOwn(format, name)) {
    const compiled = safePattern(pattern);
    (format as Record<string, (text: string) => boolean>)[name] = (text) => compiled.test(text);
  }
  return name;
}

// Keywords whose values are data, not schemas, and keywords whose values map names to schemas.
const dataKeywords = new Set(['const', 'enum', 'default', 'examples', 'x-ui']);
const nameMaps = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);

/** Keywords newer than draft-07: the interpreter applies every keyword it knows whatever the draft, Ajv's draft-07 none of these. */
const newerKeywords = new Set([
  'prefixItems',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedItems',
  'unevaluatedProperties',
  'minContains',
  'maxContains',
]);

/**
 * A copy of `schema` the interpreter can run safely and the way Ajv reads it: every `pattern` becomes
 * a format checked by the linear-time engine both validation paths share, every `patternProperties`
 * name is matched on that engine too (`names`), and for draft-07 the keywords it does not have are dropped.
 */
function forInterpreter(schema: object, draft: '7' | '2019-09' | '2020-12', names: PatternNames): object {
  const copy = structuredClone(schema) as Record<string, unknown>;
  const stack: unknown[] = [copy];
  const seen = new Set<object>();
  while (stack.length) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    const s = node as Record<string, unknown>;
    if (draft === '7') for (const keyword of newerKeywords) delete s[keyword];
    const patternProperties = s['patternProperties'];
    if (patternProperties !== null && typeof patternProperties === 'object' && !Array.isArray(patternProperties))
      names.collect(patternProperties as Record<string, unknown>);
    if (typeof s['pattern'] === 'string') {
      const name = registerPattern(s['pattern']);
      delete s['pattern'];
      if (s['format'] === undefined) s['format'] = name;
      else s['allOf'] = [...(Array.isArray(s['allOf']) ? s['allOf'] : []), { format: name }];
    }
    for (const [key, value] of Object.entries(s)) {
      if (dataKeywords.has(key)) continue;
      // A map's keys are names (a property may be called "pattern"): only its values are schemas.
      if (nameMaps.has(key) && value !== null && typeof value === 'object') stack.push(...Object.values(value));
      else stack.push(value);
    }
  }
  return copy;
}

/** Keys by which the interpreter refers to a schema, or names one, by URI (`id` is draft-07's `$id`). */
const uriKeys = ['$ref', '$recursiveRef', '$dynamicRef', '$id', 'id', '$anchor', '$recursiveAnchor', '$dynamicAnchor'];
const hasUriKey = (json: object) => uriKeys.some((key) => Object.hasOwn(json, key));
const hasPatternKey = (json: object) => Object.hasOwn(json, 'pattern') || Object.hasOwn(json, 'patternProperties');

function hasNewerKeyword(json: object): boolean {
  for (const keyword of newerKeywords) if (Object.hasOwn(json, keyword)) return true;
  return false;
}

const interpreterDrafts: Record<Dialect, '7' | '2019-09' | '2020-12'> = { '2020-12': '2020-12', '2019-09': '2019-09', 'draft-07': '7' };

/**
 * A validator for a schema known only at run time. It interprets the schema (no code generation),
 * so it works under a strict Content-Security-Policy; precompiled validators are faster and are
 * preferred when the schema is known at build time (see `mentorkit compile`).
 */
/**
 * Checks a whole record. `changed`: the pointers changed (in place, in the same record object) since
 * its previous call; then only what they reach is checked again (see `SplitValidation`), with the same
 * result. Without them the whole record is checked.
 */
export type RuntimeValidator = (value: unknown, changed?: Iterable<string>) => Problem[];

/**
 * The base URI of a schema without an absolute `$id` (and of relative reference ids): the interpreter keeps one
 * URI per subschema, the base and its JSON Pointer, which would otherwise start with the page's whole address.
 */
const base = new URL('mk:/');

export function createRuntimeValidator(written: object | boolean, options: RuntimeValidatorOptions = {}): RuntimeValidator {
  const given = fromDraft04(written);
  // The dialect `mentorkit compile` picks too: 2020-12 when the schema names none.
  const draft = options.draft ?? interpreterDrafts[dialectOf(given)];
  const names = new PatternNames();
  const references = options.references ?? [];
  // The interpreter reads a copy when it must read the schema otherwise (patterns, keywords draft-07 does not have) or
  // marks it (the table of URIs below gives every subschema one); a schema with none of that is read as given.
  const copied = (json: object) => hasUriKey(json) || hasPatternKey(json) || (draft === '7' && hasNewerKeyword(json));
  const plain = typeof given !== 'object' || given === null || (!references.length && !someObject(given, copied));
  const schema = plain ? given : forInterpreter(given, draft, names);
  // The interpreter's schemas by URI (what its `Validator` class keeps), shared by whole and split checks. It looks
  // one up only for a reference: a schema that refers to none by URI (and names none) needs no table of them, nor the
  // URI the table's walk gives every subschema (at 500 fields, a few hundred KB of the form's memory).
  const byUri = !plain && (references.length > 0 || someObject(schema as object, hasUriKey));
  const schemas: Record<string, never> = byUri ? dereference(schema as never, undefined, base) : Object.create(null);
  for (const reference of references)
    dereference({ ...forInterpreter(fromDraft04(reference.schema), draft, names), $id: reference.id } as never, schemas, base);
  // Read only for a problem's location that goes through a reference (none without them): a walk of the whole copy.
  let index: SchemaIndex | undefined;
  const indexOf = () => (index ??= readSchemaDocument((schema !== null && typeof schema === 'object' ? schema : {}) as never).index);
  /** The schema at a keyword's location, and the schema that holds it. */
  const schemaAt = (keywordLocation: string) => {
    const tokens = keywordLocation.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
    let node: unknown = schema;
    let parent: Record<string, unknown> | undefined;
    for (const token of tokens) {
      parent = node as Record<string, unknown> | undefined;
      const name = unescapeToken(token);
      node = parent !== null && typeof parent === 'object' && Object.hasOwn(parent, name) ? parent[name] : undefined;
      // The location goes on through a reference: continue in the schema it points at.
      if ((name === '$ref' || name === '$dynamicRef') && typeof node === 'string') {
        const target = resolveRef(indexOf(), node, parent!, { dynamic: name === '$dynamicRef' });
        node = typeof target === 'string' ? undefined : target;
      }
    }
    return { node, parent, keyword: unescapeToken(tokens[tokens.length - 1] ?? '') };
  };
  const lookup = (keywordLocation: string): Record<string, unknown> => {
    const { node, parent, keyword } = schemaAt(keywordLocation);
    switch (keyword) {
      case 'minLength':
      case 'minItems':
      case 'minProperties':
      case 'minimum':
      case 'exclusiveMinimum':
        return { min: node };
      case 'maxLength':
      case 'maxItems':
      case 'maxProperties':
      case 'maximum':
      case 'exclusiveMaximum':
        return { max: node };
      case 'format':
        return { format: node };
      case 'pattern':
        return { pattern: node };
      case 'multipleOf':
        return { step: node };
      case 'const':
        return { allowed: [node] };
      case 'enum':
        return { allowed: node };
      // The interpreter names whichever of the three failed; the message says both bounds (as Ajv's error gives them).
      case 'contains':
      case 'minContains':
      case 'maxContains':
        return containsBounds(parent);
      default:
        return {};
    }
  };
  // `patternProperties` names are rewritten for each record's keys (see PatternNames): those schemas are checked whole.
  const split = names.empty ? new SplitValidation(schema as never, draft, schemas) : undefined;
  const interpret = (value: unknown, changed?: Iterable<string>) => {
    if (split) return split.errors(value, changed);
    // Check the record as it is submitted (JSON): an item just added and not yet filled in is `undefined`
    // in the store, `null` in the JSON, and the validator's interpreter throws on `undefined`.
    const instance = value === undefined ? null : JSON.parse(JSON.stringify(value));
    names.prepare(instance);
    return validate(instance, schema as never, draft, schemas, false).errors;
  };
  /** For an `items` (or `additionalItems`) failure whose schema is `false`: how many items the list may hold (its prefix). */
  const closedList = (unit: OutputUnit): number | undefined => {
    if (unit.keyword !== 'items' && unit.keyword !== 'additionalItems') return undefined;
    const { node, parent } = schemaAt(unit.keywordLocation);
    if (node !== false || parent === null || typeof parent !== 'object') return undefined;
    const prefix = unit.keyword === 'items' ? parent['prefixItems'] : parent['items'];
    return Array.isArray(prefix) ? prefix.length : 0;
  };
  return (value, changed) => {
    const errors = interpret(value, changed);
    if (!errors.length) return [];
    const result = { errors };
    const seen = new Set<string>();
    const problems: Problem[] = [];
    // A failed oneOf/anyOf is reported once, at its value (as the precompiled path does), not once per branch.
    const alternatives = result.errors.filter((u) => u.keyword === 'oneOf' || u.keyword === 'anyOf').map((u) => `${u.keywordLocation}/`);
    // A property name refused by `propertyNames` is reported once, at that property (as the precompiled path does).
    const refusedNames = result.errors.filter((u) => u.keyword === 'propertyNames').map((u) => `${u.keywordLocation}/`);
    // Lists whose `items: false` (draft-07 `additionalItems: false`) refused items past their prefix: one problem at
    // the list, as the precompiled path reports it, not one per item (the interpreter's `false` below each one).
    const closedLists = new Map<string, number>();
    const pastPrefix = (pointer: string) => {
      const tokens = parsePointer(pointer);
      const prefix = closedLists.get(joinTokens(tokens.slice(0, -1)));
      return prefix !== undefined && Number(tokens.at(-1)) >= prefix;
    };
    for (const unit of result.errors) {
      const closed = closedList(unit);
      if (closed !== undefined) {
        const pointer = pointerOf(unit.instanceLocation);
        if (!closedLists.has(pointer)) problems.push({ pointer, keyword: unit.keyword, key: 'tooManyItems', params: { max: closed } });
        closedLists.set(pointer, closed);
        continue;
      }
      // The interpreter's `false` below each refused item follows its list's `items`.
      if (unit.keyword === 'false' && closedLists.size && pastPrefix(pointerOf(unit.instanceLocation))) continue;
      if (wrappers.has(unit.keyword) || unit.keyword === 'propertyNames') continue;
      // A draft-07 `dependencies` schema that failed: its own errors below say what.
      if (unit.keyword === 'dependencies' && !/does not have "/.test(unit.error)) continue;
      if (alternatives.some((prefix) => unit.keywordLocation.startsWith(prefix))) continue;
      const problem = refusedNames.some((prefix) => unit.keywordLocation.startsWith(prefix))
        ? refusedName(pointerOf(unit.instanceLocation))
        : unexpectedProperty(asPattern(toProblem(unit, lookup)), value);
      const id = `${problem.pointer}|${problem.keyword}`;
      if (!seen.has(id)) {
        seen.add(id);
        problems.push(problem);
      }
    }
    // Invalid with only wrapper errors (a `false` subschema, say): still a problem, where it failed.
    if (!problems.length) {
      const first = result.errors[result.errors.length - 1]!;
      problems.push({ pointer: pointerOf(first.instanceLocation), keyword: first.keyword, key: termFor(first.keyword), params: {} });
    }
    return problems;
  };
}
