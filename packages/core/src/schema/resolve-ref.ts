import { parsePointer } from '../store/pointer.js';
import type { JsonSchema } from './json-schema.js';
import { isSchemaObject } from './merge-all-of.js';
import { absolute, splitUri, type SchemaIndex } from './schema-index.js';

/**
 * The schema a `$ref` (or `$dynamicRef`) written in `from` points at in the document `index` indexed, or a
 * sentence saying why there is none. `scope` lists the resources entered on the way here, outermost first: a
 * `$dynamicRef` to a dynamic anchor takes the outermost resource that has the same anchor.
 *
 * In the fits chunk (fits-chunk.ts) with the rest of what reads references: a form loads it before the field tree
 * of a schema that has one, and most schemas have none.
 */
export function resolveRef(
  index: SchemaIndex,
  ref: string,
  from: object,
  { dynamic = false, scope = [] as readonly string[] } = {},
): JsonSchema | string {
  const uri = absolute(ref, index.baseOf(from));
  if (uri === undefined) return `$ref "${ref}" is not a URI reference.`;
  const [resource, fragment] = splitUri(uri);
  const { anchors, dynamicAnchors } = index;
  if (dynamic && fragment && !fragment.startsWith('/') && dynamicAnchors.has(`${resource}#${fragment}`)) {
    for (const outer of scope) {
      const found = dynamicAnchors.has(`${outer}#${fragment}`) && anchors.get(`${outer}#${fragment}`);
      if (found) return found;
    }
  }
  const document = index.resources.get(resource);
  if (!document) return `$ref "${ref}" points outside this schema (bundle "${resource}" into it under $defs with its $id).`;
  if (!fragment) return document;
  if (!fragment.startsWith('/')) return anchors.get(`${resource}#${fragment}`) ?? `$ref "${ref}" names no $anchor in this schema.`;
  let target: unknown = document;
  try {
    for (const token of parsePointer(decodeURIComponent(fragment))) {
      target =
        isSchemaObject(target) || Array.isArray(target)
          ? Object.hasOwn(target, token)
            ? (target as Record<string, unknown>)[token]
            : undefined
          : undefined;
    }
  } catch {
    target = undefined;
  }
  if (typeof target === 'boolean') return target ? {} : { not: {} };
  return isSchemaObject(target) ? target : `$ref "${ref}" points at nothing.`;
}
