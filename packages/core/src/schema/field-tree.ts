import { own } from '@mentorkit/schemas/own.js';
import type { LocalisedText } from '../l10n/catalogue.js';
import type { Constraints } from '../validation/constraints.js';
import { isRelativePointer, joinPointer, parsePointer, pointerFromDotted } from '../store/pointer.js';
import type { JsonSchema, ShowIf, UiHint, UiMap, Widget } from './json-schema.js';

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
  readOnly: boolean;
  hidden: boolean;
  /** The label is read by screen readers but not shown (a layout shows it elsewhere). */
  labelHidden: boolean;
  showIf?: ShowIf & { pointer: string };
  default?: unknown;
  schema: JsonSchema;
}

export interface ObjectNode extends NodeBase {
  kind: 'object';
  children: FieldNode[];
}

export interface ArrayNode extends NodeBase {
  kind: 'array';
  /** Template node of one item; its pointer is the array's plus `/-`. */
  item: FieldNode;
  minItems?: number;
  maxItems?: number;
}

export interface ValueNode extends NodeBase {
  kind: 'value';
  widget: Widget;
  valueType: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  constraints: Constraints;
  choices?: Choice[];
  rows?: number;
}

export type FieldNode = ObjectNode | ArrayNode | ValueNode;

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

const knownTypes = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
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
]);
const maxDepth = 32;

/**
 * Turns a JSON Schema and its UI hints into the tree of fields `<mk-form>` renders. Throws a
 * `SchemaError` listing every problem found (with where it is) when the schema cannot be rendered.
 * Keywords the engine does not know are ignored: the field still renders and validation still sees them.
 */
export function buildFieldTree(schema: unknown, ui: UiMap = {}): FieldNode {
  const issues: SchemaIssue[] = [];
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    throw new SchemaError([{ at: '', message: 'The schema must be a JSON object.' }]);
  }
  const hints = normaliseUi(ui, issues);
  const root = schema as JsonSchema;
  const node = build(root, root, '', '', '', hints, issues, true, 0);
  if (issues.length) throw new SchemaError(issues);
  return node;
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

function resolveRef(root: JsonSchema, schema: JsonSchema, at: string, issues: SchemaIssue[], seen = new Set<string>()): JsonSchema {
  if (typeof schema.$ref !== 'string') return schema;
  const ref = schema.$ref;
  if (seen.has(ref)) {
    issues.push({ at, message: `Circular $ref "${ref}".` });
    return {};
  }
  seen.add(ref);
  if (!ref.startsWith('#')) {
    issues.push({ at, message: `Only local $refs (starting with #) can be rendered; got "${ref}".` });
    return {};
  }
  let target: unknown = root;
  try {
    for (const token of parsePointer(decodeURIComponent(ref.slice(1)))) target = own(target, token);
  } catch {
    target = undefined;
  }
  if (target === null || typeof target !== 'object') {
    issues.push({ at, message: `$ref "${ref}" points at nothing.` });
    return {};
  }
  const { $ref: _ignored, ...rest } = schema;
  return { ...resolveRef(root, target as JsonSchema, at, issues, seen), ...rest };
}

/** Folds `allOf` members into one schema (properties and required merged), enough to render. */
function mergeAllOf(root: JsonSchema, schema: JsonSchema, at: string, issues: SchemaIssue[]): JsonSchema {
  if (!Array.isArray(schema.allOf)) return schema;
  let merged: JsonSchema = { ...schema };
  delete merged.allOf;
  schema.allOf.forEach((part, i) => {
    const resolved = resolveRef(root, part, `${at}/allOf/${i}`, issues);
    merged = {
      ...resolved,
      ...merged,
      properties: { ...resolved.properties, ...merged.properties },
      required: [...(resolved.required ?? []), ...(merged.required ?? [])],
    };
  });
  return merged;
}

function primaryType(schema: JsonSchema, at: string, issues: SchemaIssue[]): string | undefined {
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  for (const type of types) {
    if (typeof type !== 'string' || !knownTypes.has(type)) {
      issues.push({ at: `${at}/type`, message: `Unknown type "${String(type)}" (known: ${[...knownTypes].join(', ')}).` });
      return undefined;
    }
  }
  const real = types.filter((t) => t !== 'null');
  if (real.length) return real[0];
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  if (schema.enum || schema.oneOf || schema.const !== undefined)
    return typeof (schema.enum?.[0] ?? schema.oneOf?.[0]?.const ?? schema.const) === 'number' ? 'number' : 'string';
  return 'string';
}

function choicesOf(schema: JsonSchema): Choice[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => ({ value, label: String(value) }));
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(alternatives) && alternatives.length && alternatives.every((s) => s && typeof s === 'object' && 'const' in s)) {
    return alternatives.map((s) => ({
      value: s.const,
      label: s.title ?? String(s.const),
      ...(s.description ? { description: s.description } : {}),
      ...(typeof s['x-symbol'] === 'string' ? { symbol: s['x-symbol'] } : {}),
      ...(typeof s['x-color'] === 'string' ? { color: s['x-color'] } : {}),
    }));
  }
  return undefined;
}

function build(
  root: JsonSchema,
  raw: JsonSchema,
  at: string,
  pointer: string,
  key: string,
  hints: Map<string, UiHint>,
  issues: SchemaIssue[],
  required: boolean,
  depth: number,
): FieldNode {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({ at, message: 'Expected a schema object here.' });
    raw = {};
  }
  if (depth > maxDepth) {
    issues.push({ at, message: `The schema nests deeper than ${maxDepth} levels (a recursive $ref?).` });
    raw = {};
  }
  const schema = mergeAllOf(root, resolveRef(root, raw, at, issues), at, issues);
  const hint: UiHint = {
    ...(schema['x-ui'] ?? {}),
    ...(hints.get(pointer.replace(/\/\d+(?=\/|$)/g, '/-')) ?? {}),
    ...(hints.get(pointer) ?? {}),
  };
  const type = primaryType(schema, at, issues);
  const base = {
    pointer,
    key,
    label: hint.label ?? schema.title ?? humanise(key),
    ...((hint.help ?? schema.description) ? { help: hint.help ?? schema.description } : {}),
    ...(hint.placeholder ? { placeholder: hint.placeholder } : {}),
    required,
    readOnly: schema.readOnly === true,
    hidden: hint.hidden === true,
    labelHidden: hint.labelHidden === true,
    ...(hint.showIf
      ? {
          showIf: {
            ...hint.showIf,
            // A relative pointer stays relative: it is resolved against each rendered item's pointer.
            pointer:
              hint.showIf.path.startsWith('/') || isRelativePointer(hint.showIf.path)
                ? hint.showIf.path
                : pointerFromDotted(hint.showIf.path),
          },
        }
      : {}),
    ...(schema.default !== undefined ? { default: schema.default } : {}),
    schema,
  };

  if (hint.widget === 'signature') {
    // A signature is one value (a typed name, or a drawing with its method) whatever its schema type.
    return { ...base, kind: 'value', widget: 'signature', valueType: type === 'string' ? 'string' : 'object', constraints: {} };
  }
  if (type === 'object') {
    const properties = schema.properties ?? {};
    if (typeof properties !== 'object' || Array.isArray(properties)) {
      issues.push({ at: `${at}/properties`, message: '"properties" must be an object.' });
      return { ...base, kind: 'object', children: [] };
    }
    const requiredSet = new Set(Array.isArray(schema.required) ? schema.required : []);
    const names = ordered(Object.keys(properties), hint.order);
    const children = names.map((name) =>
      build(
        root,
        properties[name]!,
        `${at}/properties/${name}`,
        joinPointer(pointer, name),
        name,
        hints,
        issues,
        requiredSet.has(name),
        depth + 1,
      ),
    );
    return { ...base, kind: 'object', children };
  }

  const choices = choicesOf(schema);
  if (type === 'array') {
    const itemSchema = Array.isArray(schema.items) ? schema.items[0] : schema.items;
    const itemResolved = itemSchema ? mergeAllOf(root, resolveRef(root, itemSchema, `${at}/items`, issues), `${at}/items`, issues) : {};
    const itemChoices = choicesOf(itemResolved);
    if (itemChoices && (hint.widget === undefined || hint.widget === 'checkboxes')) {
      return {
        ...base,
        kind: 'value',
        widget: 'checkboxes',
        valueType: 'array',
        constraints: {},
        choices: itemChoices,
      };
    }
    const item = build(root, itemSchema ?? {}, `${at}/items`, joinPointer(pointer, '-'), '-', hints, issues, false, depth + 1);
    return {
      ...base,
      kind: 'array',
      item,
      ...(schema.minItems !== undefined ? { minItems: schema.minItems } : {}),
      ...(schema.maxItems !== undefined ? { maxItems: schema.maxItems } : {}),
    };
  }

  const valueType = (type === 'number' || type === 'integer' || type === 'boolean' ? type : 'string') as ValueNode['valueType'];
  const widget = hint.widget ?? defaultWidget(valueType, schema, choices);
  return {
    ...base,
    kind: 'value',
    widget,
    valueType,
    constraints: constraintsOf(schema, valueType),
    ...(choices ? { choices } : {}),
    ...(hint.rows ? { rows: hint.rows } : {}),
  };
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

function constraintsOf(schema: JsonSchema, valueType: ValueNode['valueType']): Constraints {
  const c: Constraints = {};
  if (schema.minLength !== undefined) c.minLength = schema.minLength;
  if (schema.maxLength !== undefined) c.maxLength = schema.maxLength;
  if (schema.pattern !== undefined) c.pattern = schema.pattern;
  if (schema.format !== undefined) c.format = schema.format;
  if (valueType === 'integer') c.integer = true;
  const numeric = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const min = schema.minimum ?? numeric(schema.exclusiveMinimum) ?? schema.formatMinimum;
  const max = schema.maximum ?? numeric(schema.exclusiveMaximum) ?? schema.formatMaximum;
  if (min !== undefined) c.minimum = min;
  if (max !== undefined) c.maximum = max;
  return c;
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
