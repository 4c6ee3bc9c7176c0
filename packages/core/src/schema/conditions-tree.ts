import { fits } from './fits.js';
import type { JsonSchema } from './json-schema.js';
import { isSchemaObject, resolveSchema } from './merge-all-of.js';
import {
  deferredParts,
  propertiesOf,
  withParts,
  type Build,
  type ConditionalFields,
  type FieldNode,
  type ObjectConditions,
} from './field-tree.js';

// The field tree's conditions (`if`/`then`/`else`, `dependentSchemas`, `dependentRequired`, `dependencies`): only
// schemas that have them need this, so it comes with the fits chunk (fits-chunk.ts), which a form loads before it
// builds such a tree (the schema walk of check-schema.ts says so). field-tree.ts asks only for objects that have them.

const conditionalParts = deferredParts(['children']);

/** The property names `then`, `else` and the dependency keywords declare or require. */
export function conditionalNames(schema: JsonSchema, ctx: Build): string[] {
  const parts: unknown[] = [];
  for (const s of [schema, ...(Array.isArray(schema.allOf) ? schema.allOf : [])]) if (isSchemaObject(s)) parts.push(s.then, s.else);
  for (const keyword of ['dependentSchemas', 'dependentRequired', 'dependencies']) {
    const map = schema[keyword];
    if (isSchemaObject(map))
      for (const dependency of Object.values(map)) parts.push(Array.isArray(dependency) ? { required: dependency } : dependency);
  }
  return parts.flatMap((part) => {
    if (!isSchemaObject(part)) return [];
    const resolved = resolveSchema(part, '', ctx.index, [], ctx.scope).schema;
    return [...Object.keys(propertiesOf(resolved)), ...(Array.isArray(resolved.required) ? resolved.required : [])];
  });
}

/**
 * What the conditions of an object schema (one that field-tree.ts `hasConditions` says may have them) make: for each
 * property a condition requires, when it is required, and the fields the conditions add (built when first read).
 */
export function objectConditions(
  schema: JsonSchema,
  at: string,
  ctx: Build,
  properties: Record<string, JsonSchema>,
  child: (name: string, sub: unknown, where: string, required: boolean) => FieldNode,
): ObjectConditions {
  const parts = conditionPartsOf(schema, at, ctx);
  return { requiredWhen: requiredWhenOf(parts), fields: parts.length ? conditionsOf(parts, new Set(Object.keys(properties)), child) : [] };
}

/** One condition of an object: when it holds, and the schema (resolved) it then applies. */
interface ConditionPart {
  /** Where it comes from (`…/then`, `…/dependentRequired/x`). */
  source: string;
  holds: (objectValue: unknown) => boolean;
  schema: JsonSchema | undefined;
}

/** The conditions of an object schema: `if`/`then`/`else` (also inside `allOf`), and one per dependency trigger. */
function conditionPartsOf(schema: JsonSchema, at: string, ctx: Build): ConditionPart[] {
  const parts: ConditionPart[] = [];
  const add = (source: string, holds: (value: unknown) => boolean, part: unknown) => {
    const resolved = isSchemaObject(part) ? resolveSchema(part, source, ctx.index, [], ctx.scope).schema : undefined;
    parts.push({ source, holds, schema: resolved });
  };
  const ifThenElse = (s: JsonSchema, where: string) => {
    if (s.if === undefined) return;
    const test = (value: unknown) => fits(s.if, value, ctx.index);
    add(`${where}/then`, test, s.then);
    add(`${where}/else`, (value) => !test(value), s.else);
  };
  ifThenElse(schema, at);
  if (Array.isArray(schema.allOf)) schema.allOf.forEach((member, i) => isSchemaObject(member) && ifThenElse(member, `${at}/allOf/${i}`));
  const present = (name: string) => (value: unknown) => isSchemaObject(value) && Object.hasOwn(value, name);
  // One condition per trigger property, whichever keywords name it: its fields are shown once.
  const byTrigger = new Map<string, { where: string; parts: unknown[] }>();
  for (const keyword of ['dependentSchemas', 'dependentRequired', 'dependencies']) {
    const map = schema[keyword];
    if (!isSchemaObject(map)) continue;
    for (const [name, dependency] of Object.entries(map)) {
      const part = Array.isArray(dependency) ? { required: dependency } : dependency;
      const entry = byTrigger.get(name) ?? { where: `${at}/${keyword}/${name}`, parts: [] };
      entry.parts.push(part);
      byTrigger.set(name, entry);
    }
  }
  for (const [name, { where, parts: list }] of byTrigger) add(where, present(name), list.length === 1 ? list[0] : { allOf: list });
  return parts;
}

function requiredOf(schema: JsonSchema | undefined): string[] {
  return Array.isArray(schema?.required) ? schema.required.filter((n): n is string => typeof n === 'string') : [];
}

/** For each property a condition requires: the conditions under which it is required. */
function requiredWhenOf(parts: readonly ConditionPart[]): ReadonlyMap<string, ((objectValue: unknown) => boolean)[]> {
  const when = new Map<string, ((objectValue: unknown) => boolean)[]>();
  for (const part of parts) for (const name of requiredOf(part.schema)) when.set(name, [...(when.get(name) ?? []), part.holds]);
  return when;
}

/** The fields the conditions add: properties (and required names) the object does not declare itself. */
function conditionsOf(
  parts: readonly ConditionPart[],
  declared: ReadonlySet<string>,
  child: (name: string, sub: unknown, where: string, required: boolean) => FieldNode,
): ConditionalFields[] {
  const conditions: ConditionalFields[] = [];
  for (const { source, holds, schema } of parts) {
    const properties = propertiesOf(schema);
    const required = new Set(requiredOf(schema));
    const names = [...Object.keys(properties), ...required].filter((n, i, all) => !declared.has(n) && all.indexOf(n) === i);
    if (!names.length) continue;
    conditions.push(
      withParts<ConditionalFields>(
        conditionalParts,
        { children: () => names.map((n) => child(n, properties[n] ?? {}, `${source}/properties/${n}`, required.has(n))) },
        { source, holds },
      ),
    );
  }
  return conditions;
}
