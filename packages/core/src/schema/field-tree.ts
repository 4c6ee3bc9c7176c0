import type { LocalisedText } from '../l10n/catalogue.js';
import { compiledPattern, type Constraints } from '../validation/constraints.js';
import { isRelativePointer, joinPointer, pointerFromDotted } from '../store/pointer.js';
import { alternatives, conditionalNames, fits, objectConditions, requireFits, typeAlternatives } from './fits-engine.js';
import type { JsonSchema, ShowIf, UiHint, UiMap, Widget } from './json-schema.js';
import { asSchema, isSchemaObject, resolveSchema } from './merge-all-of.js';
import { readSchemaDocument } from './check-schema.js';
import { fromDraft04 } from '@mentorkit/schemas/dialect.js';
import { patternEngine } from '../validation/pattern-engine.js';
import type { SchemaIndex } from './schema-index.js';

/** A choice of an enum or of a `oneOf` of `const`s. */
export interface Choice {
  value: unknown;
  label: LocalisedText;
  description?: LocalisedText;
  /** A shape shown with the label (`x-symbol` on a `oneOf` member), so colour is never the only signal. */
  symbol?: string;
  /** Accent colour (`x-color` on a `oneOf` member). */
  color?: string;
}

interface NodeBase {
  pointer: string;
  /** The property name or item index the node sits under. */
  key: string;
  label: LocalisedText;
  help?: LocalisedText;
  placeholder?: LocalisedText;
  required: boolean;
  /**
   * Conditions on the parent object's value under which this field is required although the object's
   * `required` does not list it (`dependentRequired`, draft-07 `dependencies` arrays, `required` in
   * `then`/`else`/`dependentSchemas`): its required marker follows the data.
   */
  requiredWhen?: ((objectValue: unknown) => boolean)[];
  readOnly: boolean;
  hidden: boolean;
  /** The label is read by screen readers but not shown (a layout shows it elsewhere). */
  labelHidden: boolean;
  showIf?: ShowIf & { pointer: string };
  default?: unknown;
  schema: JsonSchema;
  /**
   * Reached through a `$ref` to a schema already above it (a tree, the meta-schema): rendered only
   * when the record has a value here or the user opens it, so a recursive schema never unfolds forever.
   */
  recursive?: boolean;
}

/** Fields of an object shown while a condition on the object's value holds. */
export interface ConditionalFields {
  /** Where the condition comes from (`if`, `dependentSchemas/x` …), for reading the tree. */
  source: string;
  holds(objectValue: unknown): boolean;
  /** Fields the condition adds (properties the object does not declare itself). Built when first read. */
  readonly children: FieldNode[];
}

/** What an object's conditions make (conditions-tree.ts): when each property they require is, and the fields they add. */
export interface ObjectConditions {
  requiredWhen: ReadonlyMap<string, ((objectValue: unknown) => boolean)[]>;
  fields: ConditionalFields[];
}

/** Properties beyond the declared ones (`additionalProperties`, `patternProperties`): a key/value editor. */
export interface ExtraProperties {
  /** True when the schema asks for a map; otherwise the editor shows only for keys the record has. */
  open: boolean;
  /** The node of a value at `key` (undefined: the key is not allowed). Built when first asked. */
  nodeFor(key: string): FieldNode | undefined;
  /** A catalogue key saying why a key cannot be used (`keyTaken`, `keyNotAllowed`), or undefined. */
  checkKey(key: string, siblings: readonly string[]): 'keyTaken' | 'keyNotAllowed' | 'keyMissing' | undefined;
  /** Declared property names, which the editor leaves to their own fields. */
  readonly declared: ReadonlySet<string>;
  /** Whether `key` is a declared property name (`declared.has(key)`, without building the set). */
  declares(key: string): boolean;
}

export interface ObjectNode extends NodeBase {
  kind: 'object';
  /** The declared properties. Built when first read. */
  readonly children: FieldNode[];
  /** Fields shown and hidden by `if`/`then`/`else`, `dependentSchemas`, `dependentRequired`, `dependencies`. */
  readonly conditions: ConditionalFields[];
  extra?: ExtraProperties;
}

export interface ArrayNode extends NodeBase {
  kind: 'array';
  /** Template node of one item (after any tuple positions); its pointer is the array's plus `/-`. */
  readonly item: FieldNode;
  /** Nodes of the leading tuple positions (`prefixItems`, draft-07 `items: [...]`). */
  readonly prefix: FieldNode[];
  minItems?: number;
  maxItems?: number;
}

/** One branch of a `oneOf` / `anyOf` of objects, or one type of a `type` array. */
export interface Branch {
  label: LocalisedText;
  /** The property whose `const` tells the branches apart, and this branch's value of it. */
  discriminator?: { key: string; value: unknown };
  /** The branch's own fields (the schema beside the `oneOf` merged in). Built when first read. */
  readonly node: FieldNode;
  /** Whether a value fits this branch. */
  fits(value: unknown): boolean;
  /** Whether an object's property value fits what this branch declares for it (kept when switching to it). */
  keeps(key: string, value: unknown): boolean;
}

export interface AlternativesNode extends NodeBase {
  kind: 'alternatives';
  branches: Branch[];
  /** The branch a value belongs to: the first it fits, else the closest; -1 for no value. */
  branchOf(value: unknown): number;
}

export interface ValueNode extends NodeBase {
  kind: 'value';
  /** `json`: any JSON (the schema says nothing); `null`: the only value is null. */
  widget: Widget;
  valueType: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null' | 'json';
  constraints: Constraints;
  choices?: Choice[];
  rows?: number;
}

export type FieldNode = ObjectNode | ArrayNode | ValueNode | AlternativesNode;

/** A problem with the schema or the UI map, named by where it is. */
export interface SchemaIssue {
  /** JSON Pointer into the schema (or `ui:<path>` for the UI map). */
  at: string;
  message: string;
}

export class SchemaError extends Error {
  constructor(readonly issues: SchemaIssue[]) {
    super(issues.map((i) => `${i.at || '/'}: ${i.message}`).join('\n'));
    this.name = 'SchemaError';
  }
}

const knownWidgets = new Set<Widget>([
  'text',
  'textarea',
  'select',
  'radio',
  'checkbox',
  'checkboxes',
  'date',
  'date-time',
  'number',
  'signature',
  'scale',
  'json',
]);

/** What building a node needs besides its schema. */
export interface Build {
  index: SchemaIndex;
  hints: Map<string, UiHint>;
  /** Problems found while building; lazily built nodes add to a list nobody reads (the document check found them first). */
  issues: SchemaIssue[];
  /** `$ref` targets entered on the way from the root, for spotting recursion. */
  ancestors: readonly JsonSchema[];
  /** Schema resources entered on the way, outermost first (for `$dynamicRef`). */
  scope: readonly string[];
  /** The document has references: without any, no node is recursive and `ancestors` stays empty. */
  refs: boolean;
  /** The choices of each `enum` of plain values built so far, by its JSON: nodes with equal lists share one. */
  choices: Map<string, Choice[]>;
}

/**
 * Turns a JSON Schema and its UI hints into the tree of fields `<mk-form>` renders. Throws a
 * `SchemaError` listing every problem found (with where it is) when the schema cannot be rendered.
 * Keywords the engine does not know are ignored: the field still renders and validation still sees them.
 *
 * The tree is built as it is read: an object's children, an array's item, a branch's fields are made
 * the first time something asks for them, so the work is linear in what is rendered, and a recursive
 * schema (a `$ref` back to an ancestor) never unfolds further than the record goes.
 */
export function buildFieldTree(schema: unknown, ui: UiMap = {}): FieldNode {
  const issues: SchemaIssue[] = [];
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    throw new SchemaError([{ at: '', message: 'The schema must be a JSON object.' }]);
  }
  const hints = normaliseUi(ui, issues);
  const root = fromDraft04(schema as JsonSchema);
  const document = readSchemaDocument(root);
  const { index, patterns, fits: needsFits, refs } = document;
  // The fits chunk (conditions, alternatives, references) is loaded first for schemas that need it, as the pattern
  // engine below: a form whose chunk could not be fetched says so, not half a form. The document's issues resolve
  // its references with it.
  if (needsFits) requireFits();
  issues.push(...document.issues);
  // What neither validation path accepts: an unknown $schema, patterns that are invalid or need backtracking.
  // (The engine is a chunk of its own, loaded first for schemas with patterns: see validation/pattern-engine.ts.)
  if (patterns) issues.push(...patternEngine().schemaFaults(root));
  if (issues.length) throw new SchemaError(issues);
  return build(root, '', '', '', true, {
    index,
    hints,
    issues: [],
    ancestors: [],
    scope: [index.baseOf(root)],
    refs,
    choices: new Map(),
  });
}

/** Trees of schemas and UI maps that are never changed once given, by schema and UI map object. */
const sharedTrees = new WeakMap<object, WeakMap<object, FieldNode>>();

/**
 * `buildFieldTree`, once per schema and UI map object: for schemas and UI maps that are never changed once
 * given (a document element's, built from its template), so that every form rendering them shares one tree.
 * A tree holds nothing of one form: its parts built on first read are the same for every form.
 */
export function sharedFieldTree(schema: object, ui: UiMap): FieldNode {
  if (ui === null || typeof ui !== 'object') return buildFieldTree(schema, ui);
  let byUi = sharedTrees.get(schema);
  if (!byUi) sharedTrees.set(schema, (byUi = new WeakMap()));
  let tree = byUi.get(ui);
  if (!tree) byUi.set(ui, (tree = buildFieldTree(schema, ui)));
  return tree;
}

function normaliseUi(ui: UiMap, issues: SchemaIssue[]): Map<string, UiHint> {
  const hints = new Map<string, UiHint>();
  if (ui === null || typeof ui !== 'object' || Array.isArray(ui)) {
    issues.push({ at: 'ui', message: 'The UI hints must be an object keyed by dotted path.' });
    return hints;
  }
  for (const [path, value] of Object.entries(ui)) {
    const hint: UiHint = typeof value === 'string' ? { widget: value } : value;
    if (hint === null || typeof hint !== 'object') {
      issues.push({ at: `ui:${path}`, message: 'A UI hint must be a widget name or an object.' });
      continue;
    }
    if (hint.widget !== undefined && !knownWidgets.has(hint.widget)) {
      issues.push({ at: `ui:${path}`, message: `Unknown widget "${String(hint.widget)}" (known: ${[...knownWidgets].join(', ')}).` });
      continue;
    }
    hints.set(path.startsWith('/') || path === '' ? path : pointerFromDotted(path), hint);
  }
  return hints;
}

/** Where a node keeps what it builds when first read (its children, item, branch node …). */
const deferred = Symbol('built when first read');

/** Each part of a node: how it is built until it is (a function), then what was built (never a function). */
type Deferred = Record<string, unknown>;

/**
 * A prototype whose getters build each of `keys` the first time it is read, once per node. The getters are
 * the prototype's, not each node's: V8 then gives all such nodes one hidden class (a getter defined on each
 * object gave each its own, with the memory that costs and slower reads).
 */
export function deferredParts(keys: string[]): object {
  const prototype = {};
  for (const key of keys)
    Object.defineProperty(prototype, key, {
      configurable: true,
      get(this: { [deferred]: Deferred }) {
        const parts = this[deferred];
        const part = parts[key];
        return typeof part === 'function' ? (parts[key] = (part as () => unknown)()) : part;
      },
    });
  return prototype;
}

const objectParts = deferredParts(['children', 'conditions']);
const arrayParts = deferredParts(['prefix', 'item']);
export const branchParts = deferredParts(['node']);

/** A node of `prototype` with the fields of `sources`, whose parts `make` builds when first read (it keeps them). */
export function withParts<T>(prototype: object, make: Record<string, () => unknown>, ...sources: object[]): T {
  return Object.assign(Object.create(prototype) as object, ...sources, { [deferred]: make }) as T;
}

/**
 * A recursive node as the same node that is no longer recursive (the opener renders it once the record has a
 * value there). It shares the node's parts: what either builds, both have.
 */
export function opened(node: FieldNode): FieldNode {
  return Object.assign(Object.create(Object.getPrototypeOf(node) as object) as FieldNode, node, { recursive: false });
}

function typesOf(schema: JsonSchema): string[] {
  return schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
}

/** The JSON type a schema describes, read from `type` or, without it, from the keywords it uses. */
export function primaryType(schema: JsonSchema): string | undefined {
  // One type named (most schemas): it, with no list made.
  if (typeof schema.type === 'string' && schema.type !== 'null') return schema.type;
  const real = typesOf(schema).filter((t) => t !== 'null');
  if (real.length) return real[0] === 'integer' && real.includes('number') ? 'number' : real[0];
  if (typesOf(schema).includes('null')) return 'null';
  if (schema.properties || schema.additionalProperties !== undefined || schema['patternProperties'] || schema.required) return 'object';
  if (schema.items !== undefined || schema['prefixItems']) return 'array';
  const sample = schema.enum?.[0] ?? singleValue(schema.oneOf?.[0])?.value ?? singleValue(schema.anyOf?.[0])?.value ?? schema.const;
  if (schema.enum || schema.oneOf || schema.anyOf || schema.const !== undefined)
    return sample === undefined ? undefined : typeof sample === 'number' ? 'number' : typeof sample === 'boolean' ? 'boolean' : 'string';
  if (schema.minLength !== undefined || schema.maxLength !== undefined || schema.pattern || schema.format) return 'string';
  if (schema.minimum !== undefined || schema.maximum !== undefined || schema.multipleOf !== undefined) return 'number';
  return undefined;
}

/** A single allowed value: `const`, or an `enum` of one. */
export function singleValue(schema: unknown): { value: unknown } | undefined {
  if (!isSchemaObject(schema)) return undefined;
  if ('const' in schema) return { value: schema.const };
  if (Array.isArray(schema.enum) && schema.enum.length === 1) return { value: schema.enum[0] };
  return undefined;
}

function choicesOf(schema: JsonSchema, ctx: Build): Choice[] | undefined {
  if (Array.isArray(schema.enum)) {
    // A form repeats the same list (every rating of an observation): one list of choices for each, when its values are text or numbers.
    // `enumNames` (RJSF's, in many schemas from other tools): a label for each value, in the same order.
    const names = Array.isArray(schema.enumNames) && schema.enumNames.length === schema.enum.length ? schema.enumNames : undefined;
    const key = schema.enum.every((value) => value === null || typeof value !== 'object')
      ? JSON.stringify(names ? [schema.enum, names] : schema.enum)
      : undefined;
    const known = key === undefined ? undefined : ctx.choices.get(key);
    if (known) return known;
    const choices = schema.enum.map((value, i) => ({ value, label: typeof names?.[i] === 'string' ? names[i] : String(value) }));
    if (key !== undefined) ctx.choices.set(key, choices);
    return choices;
  }
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(alternatives) && alternatives.length && alternatives.every((s) => singleValue(s))) {
    return alternatives.map((s) => ({
      value: singleValue(s)!.value,
      label: s.title ?? String(singleValue(s)!.value),
      ...(s.description ? { description: s.description } : {}),
      ...(typeof s['x-symbol'] === 'string' ? { symbol: s['x-symbol'] } : {}),
      ...(typeof s['x-color'] === 'string' ? { color: s['x-color'] } : {}),
    }));
  }
  return undefined;
}

export function build(raw: unknown, at: string, pointer: string, key: string, required: boolean, ctx: Build): FieldNode {
  const given = asSchema(raw) ?? {};
  const { schema, targets } = resolveSchema(given, at, ctx.index, ctx.issues, ctx.scope);
  const recursive = targets.some((t) => ctx.ancestors.includes(t));
  // What the children of an object, array or alternatives are built in (a value has none): the same as this
  // node's in a document without references or resources below the root (most), else one of their own.
  const inner = (): Build => {
    const base = ctx.index.baseOf(targets[targets.length - 1] ?? given);
    const scope = ctx.scope[ctx.scope.length - 1] === base ? ctx.scope : [...ctx.scope, base];
    if (!ctx.refs && scope === ctx.scope) return ctx;
    return { ...ctx, ancestors: ctx.refs ? [...ctx.ancestors, given, ...targets] : ctx.ancestors, scope };
  };
  const hint = hintAt(schema, pointer, ctx.hints);
  const node: Base = {
    pointer,
    key,
    label: hint.label ?? schema.title ?? humanise(key),
    required,
    readOnly: schema.readOnly === true,
    hidden: hint.hidden === true || raw === false,
    labelHidden: hint.labelHidden === true,
    schema,
  };
  // Each optional part set only where there is one (most nodes have none): no object spread per part.
  const help = hint.help ?? schema.description;
  if (help) node.help = help;
  if (hint.placeholder) node.placeholder = hint.placeholder;
  if (hint.showIf) node.showIf = showIfOf(hint.showIf);
  if (schema.default !== undefined) node.default = schema.default;
  if (recursive) node.recursive = recursive;

  if (hint.widget === 'signature') {
    // A signature is one value (a typed name, or a drawing with its method) whatever its schema type.
    return Object.assign(node, {
      kind: 'value' as const,
      widget: 'signature' as const,
      valueType: primaryType(schema) === 'string' ? ('string' as const) : ('object' as const),
      constraints: noConstraints,
    });
  }
  if (hint.widget === 'json') return valueNode(node, 'json', 'json');
  const choices = choicesOf(schema, ctx);
  const members = schema.oneOf ?? schema.anyOf;
  if (!choices && Array.isArray(members) && members.length && !hint.widget) return alternatives(node, schema, members, at, inner());
  // Only a list of types can name more than one (most schemas name one, as a string: no list made for them).
  if (!choices && Array.isArray(schema.type) && !hint.widget) {
    const realTypes = schema.type.filter((t) => t !== 'null');
    if (realTypes.length > 1 && !(realTypes.length === 2 && realTypes.includes('integer') && realTypes.includes('number')))
      return typeAlternatives(node, schema, schema.type.includes('null') ? [...realTypes, 'null'] : realTypes, at, inner());
  }

  const type = primaryType(schema) ?? (hint.widget ? 'string' : undefined);
  if (type === 'object') return objectNode(node, schema, hint, at, inner());
  if (type === 'array') {
    const array = arrayNode(node, schema, hint, at, inner());
    if (array) return array;
  }
  if (type === undefined) return valueNode(node, 'json', 'json');
  if (type === 'null') return valueNode(node, 'null', 'null');
  const valueType = (type === 'number' || type === 'integer' || type === 'boolean' ? type : 'string') as ValueNode['valueType'];
  const widget = hint.widget ?? defaultWidget(valueType, schema, choices);
  // The node object becomes the value node (a large form has thousands: no copy of each).
  const value: ValueNode = Object.assign(node, {
    kind: 'value' as const,
    widget,
    valueType,
    constraints: constraintsOf(schema, valueType),
  });
  if (choices) value.choices = choices;
  if (hint.rows) value.rows = hint.rows;
  return value;
}

/** A value node of a widget without constraints (JSON, null). */
function valueNode(node: Base, widget: 'json' | 'null', valueType: 'json' | 'null'): ValueNode {
  return Object.assign(node, { kind: 'value' as const, widget, valueType, constraints: noConstraints });
}

export type Base = Omit<NodeBase, never>;

const noHint: UiHint = Object.freeze({});

/**
 * A node's UI hint: its schema's `x-ui`, then the hint for any item of its array (`points/-/rating`),
 * then its own pointer's, later ones winning. Most nodes have one source or none: no merged copy then.
 */
function hintAt(schema: JsonSchema, pointer: string, hints: Map<string, UiHint>): UiHint {
  const own = isSchemaObject(schema['x-ui']) ? (schema['x-ui'] as UiHint) : undefined;
  const generic = /\/\d/.test(pointer) ? hints.get(pointer.replace(/\/\d+(?=\/|$)/g, '/-')) : undefined;
  const exact = hints.get(pointer);
  if (generic === undefined && exact === undefined) return own ?? noHint;
  if (own === undefined && (generic === undefined || exact === undefined)) return (generic ?? exact)!;
  // Object.assign passes over the source that is undefined.
  return Object.assign({}, own, generic, exact);
}

function showIfOf(showIf: ShowIf): ShowIf & { pointer: string } {
  // A relative pointer stays relative: it is resolved against each rendered item's pointer.
  return {
    ...showIf,
    pointer: showIf.path.startsWith('/') || isRelativePointer(showIf.path) ? showIf.path : pointerFromDotted(showIf.path),
  };
}

export function propertiesOf(schema: JsonSchema | undefined): Record<string, JsonSchema> {
  return isSchemaObject(schema?.properties) ? (schema.properties as Record<string, JsonSchema>) : {};
}

function objectNode(node: Base, schema: JsonSchema, hint: UiHint, at: string, ctx: Build): ObjectNode {
  const properties = propertiesOf(schema);
  const child = (name: string, sub: unknown, where: string, isRequired: boolean) =>
    build(sub, where, joinPointer(node.pointer, name), name, isRequired, ctx);
  let made: ObjectConditions | undefined;
  const conditions = () => (made ??= hasConditions(schema) ? objectConditions(schema, at, ctx, properties, child) : noConditions);
  const result = withParts<ObjectNode>(
    objectParts,
    {
      children: () => {
        const requiredSet = new Set(Array.isArray(schema.required) ? schema.required : []);
        const { requiredWhen } = conditions();
        return ordered(Object.keys(properties), hint.order).map((name) => {
          const built = child(name, properties[name], `${at}/properties/${name}`, requiredSet.has(name));
          const when = requiredSet.has(name) ? undefined : requiredWhen.get(name);
          if (when) built.requiredWhen = when;
          return built;
        });
      },
      conditions: () => conditions().fields,
    },
    node,
    { kind: 'object' },
  );
  const extra = extraOf(schema, at, properties, node.pointer, ctx);
  if (extra) result.extra = extra;
  return result;
}

/**
 * Whether an object schema (resolved) may have conditions or name fields in `then`/`else` or a dependency: those are
 * read by conditions-tree.ts, in the fits chunk (which the schema walk loads for them). Most objects have none.
 */
function hasConditions(schema: JsonSchema): boolean {
  return (
    schema.if !== undefined ||
    schema.then !== undefined ||
    schema.else !== undefined ||
    Array.isArray(schema.allOf) ||
    schema['dependentSchemas'] !== undefined ||
    schema['dependentRequired'] !== undefined ||
    schema['dependencies'] !== undefined
  );
}

/** What an object without conditions has of them (shared, never changed). */
const noConditions: ObjectConditions = Object.freeze({
  requiredWhen: new Map(),
  fields: Object.freeze([]) as unknown as ConditionalFields[],
});

function extraOf(
  schema: JsonSchema,
  at: string,
  properties: Record<string, JsonSchema>,
  pointer: string,
  ctx: Build,
): ExtraProperties | undefined {
  const additional = schema.additionalProperties;
  const patterns = isSchemaObject(schema['patternProperties']) ? (schema['patternProperties'] as Record<string, unknown>) : undefined;
  if (additional === false && !patterns) return undefined;
  if (schema.unevaluatedProperties === false && additional === undefined && !patterns) return undefined;
  return new ExtraEntries(schema, at, properties, patterns, pointer, ctx);
}

/** An object's properties beyond the declared ones; its parts are built when first asked (every object of a large form has one). */
class ExtraEntries implements ExtraProperties {
  readonly open: boolean;
  #declared?: ReadonlySet<string>;
  #added?: string[];
  #nodes?: Map<string, FieldNode>;

  constructor(
    private readonly schema: JsonSchema,
    private readonly at: string,
    private readonly properties: Record<string, JsonSchema>,
    private readonly patterns: Record<string, unknown> | undefined,
    private readonly pointer: string,
    private readonly ctx: Build,
  ) {
    const additional = schema.additionalProperties;
    this.open =
      isSchemaObject(additional) ||
      additional === true ||
      (patterns !== undefined && Object.keys(patterns).length > 0) ||
      (!Object.keys(properties).length && !this.#addedNames.length);
  }

  /** Names the conditions add are the object's own too: the map editor leaves them to their fields. */
  get #addedNames(): string[] {
    return (this.#added ??= hasConditions(this.schema) ? conditionalNames(this.schema, this.ctx) : []);
  }

  get declared(): ReadonlySet<string> {
    return (this.#declared ??= new Set([...Object.keys(this.properties), ...this.#addedNames]));
  }

  declares(key: string): boolean {
    return Object.hasOwn(this.properties, key) || this.#addedNames.includes(key);
  }

  #schemaFor(key: string): { sub: unknown; where: string } | undefined {
    const patterns = this.patterns ?? {};
    const pattern = Object.keys(patterns).find((p) => compiledPattern(p)?.test(key));
    if (pattern !== undefined) return { sub: patterns[pattern], where: `${this.at}/patternProperties/${pattern}` };
    const additional = this.schema.additionalProperties;
    if (additional === false) return undefined;
    return { sub: additional ?? {}, where: `${this.at}/additionalProperties` };
  }

  nodeFor(key: string): FieldNode | undefined {
    const found = this.#nodes?.get(key);
    if (found) return found;
    const target = this.#schemaFor(key);
    if (!target) return undefined;
    const made = build(target.sub, target.where, joinPointer(this.pointer, key), key, false, this.ctx);
    // A map's keys are data: its nodes are labelled by the key itself.
    made.label = key;
    (this.#nodes ??= new Map()).set(key, made);
    return made;
  }

  checkKey(key: string, siblings: readonly string[]): 'keyTaken' | 'keyNotAllowed' | 'keyMissing' | undefined {
    if (key === '') return 'keyMissing';
    if (this.declares(key) || siblings.includes(key)) return 'keyTaken';
    if (!this.#schemaFor(key)) return 'keyNotAllowed';
    const names = this.schema.propertyNames;
    if (names !== undefined && !fits(names, key, this.ctx.index)) return 'keyNotAllowed';
    return undefined;
  }
}

function arrayNode(node: Base, schema: JsonSchema, hint: UiHint, at: string, ctx: Build): FieldNode | undefined {
  const tupleItems = Array.isArray(schema['prefixItems'])
    ? (schema['prefixItems'] as unknown[])
    : Array.isArray(schema.items)
      ? schema.items
      : [];
  const draft07Tuple = Array.isArray(schema.items);
  const restSchema = draft07Tuple ? schema['additionalItems'] : schema.items;
  const restAt = draft07Tuple ? `${at}/additionalItems` : `${at}/items`;
  if (!tupleItems.length && restSchema !== undefined) {
    const resolved = resolveSchema(asSchema(restSchema) ?? {}, restAt, ctx.index, [], ctx.scope).schema;
    const itemChoices = choicesOf(resolved, ctx);
    if (itemChoices && (hint.widget === undefined || hint.widget === 'checkboxes')) {
      return { ...node, kind: 'value', widget: 'checkboxes', valueType: 'array', constraints: noConstraints, choices: itemChoices };
    }
  }
  const closed = restSchema === false;
  const tupleAt = Array.isArray(schema['prefixItems']) ? `${at}/prefixItems` : `${at}/items`;
  return withParts<ArrayNode>(
    arrayParts,
    {
      prefix: () => tupleItems.map((sub, i) => build(sub, `${tupleAt}/${i}`, joinPointer(node.pointer, i), String(i), false, ctx)),
      item: () => build(closed ? {} : (restSchema ?? {}), restAt, joinPointer(node.pointer, '-'), '-', false, ctx),
    },
    node,
    {
      kind: 'array',
      ...(schema.minItems !== undefined ? { minItems: schema.minItems } : {}),
      ...(closed
        ? { maxItems: Math.min(schema.maxItems ?? Infinity, tupleItems.length) }
        : schema.maxItems !== undefined
          ? { maxItems: schema.maxItems }
          : {}),
    },
  );
}

function defaultWidget(valueType: ValueNode['valueType'], schema: JsonSchema, choices: Choice[] | undefined): Widget {
  if (choices) return choices.length <= 4 ? 'radio' : 'select';
  if (valueType === 'boolean') return 'checkbox';
  if (valueType === 'number' || valueType === 'integer') return 'number';
  if (schema.format === 'date') return 'date';
  if (schema.format === 'date-time') return 'date-time';
  if ((schema.maxLength ?? 0) > 200) return 'textarea';
  return 'text';
}

/** The constraints of a value with none (most): one object for every such node. */
const noConstraints: Constraints = Object.freeze({});

function constraintsOf(schema: JsonSchema, valueType: ValueNode['valueType']): Constraints {
  // With both an inclusive and an exclusive bound, the stricter one holds.
  const exclusiveMin = numeric(schema.exclusiveMinimum);
  const exclusiveMax = numeric(schema.exclusiveMaximum);
  const minimumExcluded = exclusiveMin !== undefined && !(typeof schema.minimum === 'number' && schema.minimum > exclusiveMin);
  const maximumExcluded = exclusiveMax !== undefined && !(typeof schema.maximum === 'number' && schema.maximum < exclusiveMax);
  const min = minimumExcluded ? exclusiveMin : (schema.minimum ?? schema.formatMinimum);
  const max = maximumExcluded ? exclusiveMax : (schema.maximum ?? schema.formatMaximum);
  const multipleOf = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : undefined;
  if (
    schema.minLength === undefined &&
    schema.maxLength === undefined &&
    schema.pattern === undefined &&
    schema.format === undefined &&
    valueType !== 'integer' &&
    multipleOf === undefined &&
    min === undefined &&
    max === undefined
  )
    return noConstraints;
  const c: Constraints = {};
  if (schema.minLength !== undefined) c.minLength = schema.minLength;
  if (schema.maxLength !== undefined) c.maxLength = schema.maxLength;
  if (schema.pattern !== undefined) c.pattern = schema.pattern;
  if (schema.format !== undefined) c.format = schema.format;
  if (valueType === 'integer') c.integer = true;
  if (multipleOf !== undefined) c.multipleOf = multipleOf;
  if (min !== undefined) c.minimum = min;
  if (max !== undefined) c.maximum = max;
  if (minimumExcluded) c.minimumExcluded = true;
  if (maximumExcluded) c.maximumExcluded = true;
  return c;
}

function numeric(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function ordered(names: string[], order: string[] | undefined): string[] {
  if (!order?.length) return names;
  const first = order.filter((n) => names.includes(n));
  return [...first, ...names.filter((n) => !first.includes(n))];
}

/** `observedTeacher` / `observed_teacher` → `Observed teacher`, for properties without a title. */
export function humanise(key: string): string {
  if (!key || key === '-') return '';
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
