import { fits } from './fits.js';
import type { JsonSchema } from './json-schema.js';
import { asSchema, isSchemaObject, resolveSchema } from './merge-all-of.js';
import {
  branchParts,
  build,
  humanise,
  primaryType,
  propertiesOf,
  singleValue,
  withParts,
  type AlternativesNode,
  type Base,
  type Branch,
  type Build,
} from './field-tree.js';

// The field tree's alternatives (`oneOf`/`anyOf` of more than constants, `type` lists): only schemas that need
// `fits` have them, so they come with its chunk (fits-chunk.ts), which a form loads before it builds such a tree.

function refName(member: unknown): string | undefined {
  const ref = isSchemaObject(member) ? (member.$ref ?? member['$dynamicRef']) : undefined;
  if (typeof ref !== 'string') return undefined;
  const last = ref.split(/[/#]/).filter(Boolean).pop();
  return last ? humanise(decodeURIComponent(last).replace(/\.(schema\.)?json$/, '')) : undefined;
}

/** A branch chooser for a `oneOf` / `anyOf` whose members are not single values. */
export function alternatives(node: Base, schema: JsonSchema, members: JsonSchema[], at: string, ctx: Build): AlternativesNode {
  const keyword = schema.oneOf ? 'oneOf' : 'anyOf';
  const { oneOf: _o, anyOf: _a, ...shared } = schema;
  const branches = members.map((member, i): Branch => {
    const where = `${at}/${keyword}/${i}`;
    const merged = resolveSchema(
      { ...shared, allOf: [...(Array.isArray(shared.allOf) ? shared.allOf : []), asSchema(member) ?? {}] },
      where,
      ctx.index,
      [],
      ctx.scope,
    ).schema;
    const memberTitle = isSchemaObject(member) ? member.title : undefined;
    const resolvedMember = resolveSchema(asSchema(member) ?? {}, where, ctx.index, [], ctx.scope).schema;
    const discriminator = Object.entries(propertiesOf(resolvedMember))
      .map(([key, sub]) => ({ key, single: singleValue(resolveSchema(asSchema(sub) ?? {}, where, ctx.index, [], ctx.scope).schema) }))
      .find((d) => d.single);
    const label =
      memberTitle ??
      resolvedMember.title ??
      (discriminator ? String(discriminator.single!.value) : undefined) ??
      refName(member) ??
      primaryType(merged) ??
      `${i + 1}`;
    return withParts<Branch>(
      branchParts,
      {
        node: () => {
          const built = build(merged, where, node.pointer, node.key, node.required, ctx);
          built.label = node.label;
          // The chooser sets the discriminator: its own field would only repeat the choice.
          if (built.kind === 'object' && discriminator)
            for (const child of built.children) if (child.key === discriminator.key) child.hidden = true;
          return built;
        },
      },
      {
        label,
        ...(discriminator ? { discriminator: { key: discriminator.key, value: discriminator.single!.value } } : {}),
        fits: (value: unknown) => fits(member, value, ctx.index) && fits(shared, value, ctx.index),
        keeps: (key: string, value: unknown) =>
          Object.hasOwn(propertiesOf(merged), key) && fits(propertiesOf(merged)[key], value, ctx.index),
      },
    );
  });
  return { ...node, kind: 'alternatives', branches, branchOf: (value) => branchOf(branches, value) };
}

/** A branch chooser for a `type` array of more than one type besides null. */
export function typeAlternatives(node: Base, schema: JsonSchema, types: string[], at: string, ctx: Build): AlternativesNode {
  const branches = types.map((type): Branch =>
    withParts<Branch>(
      branchParts,
      { node: () => build({ ...schema, type }, at, node.pointer, node.key, node.required, ctx) },
      { label: type, fits: (value: unknown) => fits({ type }, value, ctx.index), keeps: () => true },
    ),
  );
  return { ...node, kind: 'alternatives', branches, branchOf: (value) => branchOf(branches, value) };
}

function branchOf(branches: Branch[], value: unknown): number {
  if (value === undefined) return -1;
  const tagged = branches.findIndex(
    (b) =>
      b.discriminator &&
      isSchemaObject(value) &&
      Object.hasOwn(value, b.discriminator.key) &&
      value[b.discriminator.key] === b.discriminator.value,
  );
  if (tagged >= 0) return tagged;
  const fitting = branches.findIndex((b) => b.fits(value));
  if (fitting >= 0) return fitting;
  // Nothing fits (the data is being filled in, or wrong): the branch sharing most of its keys.
  if (!isSchemaObject(value)) return 0;
  const keys = Object.keys(value);
  let best = 0;
  let bestScore = -1;
  branches.forEach((b, i) => {
    const declared = propertiesOf(b.node.schema);
    const score = keys.filter((k) => Object.hasOwn(declared, k)).length;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}
