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
  const visit = (schema: unknown, at: string): void => {
    if (typeof schema === 'boolean') return;
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
      issues.push({ at, message: 'Expected a schema object here.' });
      return;
    }
    if (seen.has(schema)) return;
    seen.add(schema);
    const s = schema as JsonSchema;
    const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
    for (const type of types) {
      if (typeof type !== 'string' || !knownTypes.has(type)) {
        issues.push({ at: `${at}/type`, message: `Unknown type "${String(type)}" (known: ${[...knownTypes].join(', ')}).` });
        break;
      }
    }
    for (const keyword of ['$ref', '$dynamicRef'] as const) {
      if (typeof s[keyword] !== 'string') continue;
      const target = index.resolve(s[keyword] as string, s);
      if (typeof target === 'string') issues.push({ at: `${at}/${keyword}`, message: target });
    }
    for (const keyword of schemaKeywords) if (s[keyword] !== undefined && !Array.isArray(s[keyword])) visit(s[keyword], `${at}/${keyword}`);
    for (const keyword of listKeywords) {
      const list = s[keyword];
      if (Array.isArray(list)) list.forEach((member, i) => visit(member, `${at}/${keyword}/${i}`));
      else if (list !== undefined && keyword !== 'items')
        issues.push({ at: `${at}/${keyword}`, message: `"${keyword}" must be an array of schemas.` });
    }
    for (const keyword of mapKeywords) {
      const map = s[keyword];
      if (map === undefined) continue;
      if (map === null || typeof map !== 'object' || Array.isArray(map)) {
        issues.push({ at: `${at}/${keyword}`, message: `"${keyword}" must be an object.` });
        continue;
      }
      for (const [name, member] of Object.entries(map)) {
        // draft-07 `dependencies` also takes a list of property names.
        if (keyword === 'dependencies' && Array.isArray(member)) continue;
        visit(member, `${at}/${keyword}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      }
    }
  };
  visit(root, '');
  return issues;
}
