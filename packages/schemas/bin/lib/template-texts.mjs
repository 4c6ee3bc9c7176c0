// Finds the text of a template that is read by people (titles, points, criteria, levels, prompts …):
// every value at a place its template schema declares as `localisedText`. Ids, refs, colours, periods
// and the attribution (the source's own title and names) are not among them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir } from './standalone.mjs';

export const schemasDir = join(packageDir, '..', '..', 'schemas');
export const templatesDir = join(schemasDir, 'templates');

/** The five languages every built-in template is written in; English is the source's text. */
export const templateLanguages = ['en', 'nb', 'fi', 'it', 'nl'];

/** Every JSON Schema in schemas/, by `$id`. */
export function loadSchemas() {
  const byId = new Map();
  for (const name of readdirSync(schemasDir).filter((n) => n.endsWith('.schema.json'))) {
    const schema = JSON.parse(readFileSync(join(schemasDir, name), 'utf8'));
    byId.set(schema.$id, schema);
  }
  return byId;
}

/** The built-in templates, by file name. */
export function loadTemplates() {
  return readdirSync(templatesDir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((file) => ({ file, template: JSON.parse(readFileSync(join(templatesDir, file), 'utf8')) }));
}

const escape = (key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

function resolve(ref, document, schemas) {
  const [base, fragment = ''] = ref.split('#');
  const target = base ? schemas.get(base) : document;
  if (!target) throw new Error(`Unknown schema ${base}`);
  let node = target;
  for (const part of fragment.split('/').filter(Boolean)) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (!node) throw new Error(`Unresolved $ref ${ref}`);
  return { node, document: target };
}

/**
 * The localised texts of a template: `[{ pointer, text }]`, `text` being a string or a language map,
 * in document order.
 */
export function localisedTexts(template, schemas) {
  const root = schemas.get(`https://schemas.mentorkit.dev/v1/${template.kind}-template.schema.json`);
  if (!root) throw new Error(`No template schema for kind ${template.kind}`);
  const found = new Map();
  walk(root, root, template, '', schemas, found);
  return [...found].map(([pointer, text]) => ({ pointer, text }));
}

function walk(schema, document, value, pointer, schemas, found) {
  if (!schema || typeof schema !== 'object' || value === undefined) return;
  if (typeof schema.$ref === 'string') {
    if (schema.$ref.endsWith('#/$defs/localisedText')) {
      found.set(pointer, value);
      return;
    }
    const { node, document: next } = resolve(schema.$ref, document, schemas);
    walk(node, next, value, pointer, schemas, found);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'])
    for (const branch of schema[key] ?? []) walk(branch, document, value, pointer, schemas, found);
  for (const key of ['then', 'else']) walk(schema[key], document, value, pointer, schemas, found);
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(schema.prefixItems?.[i] ?? schema.items, document, item, `${pointer}/${i}`, schemas, found));
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    const declared = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
    const patterned = Object.entries(schema.patternProperties ?? {}).find(([pattern]) => new RegExp(pattern, 'u').test(key))?.[1];
    const sub = declared ?? patterned ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    walk(sub, document, item, `${pointer}/${escape(key)}`, schemas, found);
  }
}
