import { encodePointer, validate, type OutputUnit, type Schema, type SchemaDraft } from '@cfworker/json-schema';
import { parsePointer } from '../store/pointer.js';

/**
 * What an object schema may say and still be checked one property at a time: its own keys' rules
 * (`type`, `required`, `minProperties`, `maxProperties`, `additionalProperties`), its `properties`, and
 * annotations the interpreter does not read. Anything else (`allOf`, `if`, `$ref`, `dependentRequired`,
 * `unevaluatedProperties`, …) may relate properties to each other: such a schema is checked whole.
 */
const splitKeywords = new Set([
  'type',
  'properties',
  'required',
  'minProperties',
  'maxProperties',
  'additionalProperties',
  '$schema',
  '$id',
  '$comment',
  '$defs',
  'definitions',
  'title',
  'description',
  'default',
  'examples',
  'readOnly',
  'writeOnly',
  'deprecated',
]);

type SchemaObject = Schema & Record<string, unknown>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** A property JSON keeps (`JSON.stringify` leaves out `undefined`, functions and symbols). */
function inJson(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** Whether each schema object seen can be split (asked for every property on every run: kept). */
const splits = new WeakMap<object, boolean>();

function splittable(schema: unknown): schema is SchemaObject {
  if (!isPlainObject(schema)) return false;
  let split = splits.get(schema);
  if (split === undefined) {
    split = schema['type'] === 'object' && isPlainObject(schema['properties']);
    for (const key of Object.keys(schema)) if (!splitKeywords.has(key) && !key.startsWith('x-')) split = false;
    splits.set(schema, split);
  }
  return split;
}

/** How an object schema is checked a property at a time: its own keys' checks, and its properties in order. */
interface Plan {
  own: Schema;
  properties: [string, Schema | boolean][];
}

/** Made once per schema object. */
const plans = new WeakMap<object, Plan>();

function planOf(schema: SchemaObject): Plan {
  let plan = plans.get(schema);
  if (!plan) {
    const own: Record<string, unknown> = {};
    for (const keyword of ['type', 'required', 'minProperties', 'maxProperties'])
      if (schema[keyword] !== undefined) own[keyword] = schema[keyword];
    plan = { own: own as Schema, properties: Object.entries(schema['properties'] as Record<string, Schema | boolean>) };
    plans.set(schema, plan);
  }
  return plan;
}

/** The errors of one property's value, kept until a change reaches it. */
type Kept = { errors: OutputUnit[]; below?: Level };

/** A value with no errors and nothing below it kept: one entry for all (most properties of a record). */
const noErrors: Kept = Object.freeze({ errors: Object.freeze([]) as unknown as OutputUnit[] });

/**
 * What is kept of one object checked a property at a time: each property's entry at the index of the property
 * in its schema's plan (a list, not a map by name: a record of 500 objects keeps 500 of them).
 */
type Level = (Kept | undefined)[];

/**
 * Changes below a level, by the property they are under: `all` when the level itself (or something
 * above it) changed, else for each property the changes below it (as token lists).
 */
type Changes = 'all' | Map<string, string[][]>;

function changesBelow(tokens: string[][]): Changes {
  const byKey = new Map<string, string[][]>();
  for (const path of tokens) {
    if (!path.length) return 'all';
    const [key, ...rest] = path as [string, ...string[]];
    const list = byKey.get(key);
    if (list) list.push(rest);
    else byKey.set(key, [rest]);
  }
  return byKey;
}

/** An object with the keys JSON keeps of `value`: `value` itself when it keeps them all (the usual case). */
function jsonKeys(value: Record<string, unknown>): Record<string, unknown> {
  let all = true;
  for (const key in value) if (!inJson(value[key])) all = false;
  if (all) return value;
  const keys = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) if (inJson(value[key])) keys[key] = null;
  return keys;
}

/** The value as it is checked: as JSON (what is submitted), where `undefined` is absent or `null`. */
function asJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/**
 * A whole-record check that keeps its results between runs and, told which pointers changed since the
 * last one, checks again only what they reach. A record is an object of objects: where an object's
 * schema relates no property to another (see {@link splitKeywords}), the errors of that object are its
 * own keys' errors followed by each property's, in the order the interpreter reports them, so a
 * property nothing changed below keeps the errors it had. Everything else is checked as before, whole.
 * The result equals a whole check of the record as JSON (the runtime validator's tests compare them).
 */
export class SplitValidation {
  #root?: unknown;
  #level: Level = [];

  constructor(
    private readonly schema: Schema | boolean,
    private readonly draft: SchemaDraft,
    private readonly lookup: Record<string, Schema | boolean>,
  ) {}

  /** True when the schema's root can be checked a property at a time (else every run checks it whole). */
  get applies(): boolean {
    return splittable(this.schema);
  }

  /**
   * The interpreter's errors for `record`. `changed`: pointers changed since the previous run, with
   * `record` the same object then (changed in place); without them everything is checked.
   */
  errors(record: unknown, changed?: Iterable<string>): OutputUnit[] {
    const known = changed !== undefined && record === this.#root;
    this.#root = record;
    if (!isPlainObject(record) || !splittable(this.schema)) {
      this.#level = [];
      return validate(asJson(record), this.schema, this.draft, this.lookup, false).errors;
    }
    const tokens = known ? [...changed].map(parsePointer) : [[]];
    const errors: OutputUnit[] = [];
    try {
      this.#check(this.#level, this.schema, record, '#', '#', changesBelow(tokens), errors);
    } catch (error) {
      // Part of what is kept may be out of date now: the next run checks everything.
      this.#root = undefined;
      throw error;
    }
    return errors;
  }

  #check(
    level: Level,
    schema: SchemaObject,
    value: Record<string, unknown>,
    at: string,
    schemaAt: string,
    changes: Changes,
    out: OutputUnit[],
  ): void {
    const plan = planOf(schema);
    // The object's own keys as JSON has them (a property holding `undefined` is not there), for its own keys' rules.
    const keys = jsonKeys(value);
    out.push(...validate(keys, plan.own, this.draft, this.lookup, false, null, at, schemaAt).errors);

    const properties = schema['properties'] as Record<string, Schema | boolean>;
    for (let i = 0; i < plan.properties.length; i++) {
      const [key, propertySchema] = plan.properties[i]!;
      if (!Object.hasOwn(keys, key)) {
        level[i] = undefined;
        continue;
      }
      const before = level[i];
      const entry = this.#property(before, propertySchema, value[key], key, at, schemaAt, changes === 'all' ? 'all' : changes.get(key));
      level[i] = entry;
      if (!entry.errors.length) continue;
      out.push({
        instanceLocation: at,
        keyword: 'properties',
        keywordLocation: `${schemaAt}/properties`,
        error: `Property "${key}" does not match schema.`,
      });
      out.push(...entry.errors);
    }

    const additional = schema['additionalProperties'] as Schema | boolean | undefined;
    if (additional === undefined || additional === true) return;
    const keywordLocation = `${schemaAt}/additionalProperties`;
    for (const key of Object.keys(keys)) {
      if (Object.hasOwn(properties, key)) continue;
      const result = validate(
        asJson(value[key]),
        additional,
        this.draft,
        this.lookup,
        false,
        null,
        `${at}/${encodePointer(key)}`,
        keywordLocation,
      );
      if (result.valid) continue;
      out.push({
        instanceLocation: at,
        keyword: 'additionalProperties',
        keywordLocation,
        error: `Property "${key}" does not match additional properties schema.`,
      });
      out.push(...result.errors);
    }
  }

  /** One property's errors: the kept ones when no change reached it (`changes` undefined), else checked again. */
  #property(
    entry: Kept | undefined,
    schema: Schema | boolean,
    value: unknown,
    key: string,
    parentAt: string,
    parentSchemaAt: string,
    changes: string[][] | 'all' | undefined,
  ): Kept {
    const split = isPlainObject(value) && splittable(schema);
    if (entry && changes === undefined && !!entry.below === split) return entry;
    const token = encodePointer(key);
    const at = `${parentAt}/${token}`;
    const schemaAt = `${parentSchemaAt}/properties/${token}`;
    if (!split) {
      const { errors } = validate(asJson(value), schema, this.draft, this.lookup, false, null, at, schemaAt);
      return errors.length ? { errors } : noErrors;
    }
    // Below an object checked before, only what the changes reach; else all of it.
    const known = entry?.below && changes !== undefined && changes !== 'all';
    const below: Level = known ? entry.below! : [];
    const errors: OutputUnit[] = [];
    this.#check(below, schema, value, at, schemaAt, known ? changesBelow(changes as string[][]) : 'all', errors);
    return { errors, below };
  }
}
