import type { JsonSchema } from './json-schema.js';
import { listKeywords, mapKeywords, schemaKeywords, type SchemaIndex } from './schema-index.js';

/** A problem with the schema, named by where it is. */
export interface DocumentIssue {
  at: string;
  message: string;
}

const knownTypes = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/**
 * Checks a whole schema document once, before anything renders: every `type` is a JSON type, every
 * `properties` an object, every `$ref` and `$dynamicRef` resolves inside the document. The field
 * tree is built lazily; checking the document up front keeps its problems from surfacing halfway
 * through rendering. Each schema object is visited once, so the cost is linear in the document.
 */
export function checkSchemaDocument(root: JsonSchema, index: SchemaIndex): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const seen = new Set<object>();
  // Where a schema is, as a chain of keys: its JSON Pointer is written only for an issue (most documents have none).
  const visit = (schema: unknown, where: Where | undefined): void => {
    if (typeof schema === 'boolean') return;
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
      issues.push({ at: pointerOf(where), message: 'Expected a schema object here.' });
      return;
    }
    if (seen.has(schema)) return;
    seen.add(schema);
    const s = schema as JsonSchema;
    const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
    for (const type of types) {
      if (typeof type !== 'string' || !knownTypes.has(type)) {
        issues.push({
          at: pointerOf({ up: where, key: 'type' }),
          message: `Unknown type "${String(type)}" (known: ${[...knownTypes].join(', ')}).`,
        });
        break;
      }
    }
    for (const keyword of ['$ref', '$dynamicRef'] as const) {
      if (typeof s[keyword] !== 'string') continue;
      const target = index.resolve(s[keyword] as string, s);
      if (typeof target === 'string') issues.push({ at: pointerOf({ up: where, key: keyword }), message: target });
    }
    for (const keyword of schemaKeywords)
      if (s[keyword] !== undefined && !Array.isArray(s[keyword])) visit(s[keyword], { up: where, key: keyword });
    for (const keyword of listKeywords) {
      const list = s[keyword];
      if (Array.isArray(list)) {
        const at = { up: where, key: keyword };
        list.forEach((member, i) => visit(member, { up: at, key: String(i) }));
      } else if (list !== undefined && keyword !== 'items')
        issues.push({ at: pointerOf({ up: where, key: keyword }), message: `"${keyword}" must be an array of schemas.` });
    }
    for (const keyword of mapKeywords) {
      const map = s[keyword];
      if (map === undefined) continue;
      const at = { up: where, key: keyword };
      if (map === null || typeof map !== 'object' || Array.isArray(map)) {
        issues.push({ at: pointerOf(at), message: `"${keyword}" must be an object.` });
        continue;
      }
      for (const name of Object.keys(map)) {
        const member = (map as Record<string, unknown>)[name];
        // draft-07 `dependencies` also takes a list of property names.
        if (keyword === 'dependencies' && Array.isArray(member)) continue;
        visit(member, { up: at, key: name });
      }
    }
  };
  visit(root, undefined);
  return issues;
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
