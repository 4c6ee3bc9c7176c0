// What a seal covers: the sealed part of a record, and the template's text as the signer read it.
import { canonicalJson, unsignedProperties } from '../canonical.js';
import { isObject } from '../kinds.js';
import { own } from '../own.js';

/** Parts of a whole-record seal left open, by kind: written after signing by others (a rubric's reflective comments). */
const openParts: Record<string, string[]> = { rubric: ['/closing/comments'] };

/** JSON Pointers a whole-record seal of a record of `kind` leaves open. */
export function openPartsOf(kind: unknown): string[] {
  return typeof kind === 'string' && Object.hasOwn(openParts, kind) ? openParts[kind]! : [];
}

/** Reference tokens of a JSON Pointer (RFC 6901); '' is the whole document. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a pointer, through own properties only (undefined when absent). */
export function valueAt(document: unknown, pointer: string): unknown {
  let value = document;
  for (const token of pointerTokens(pointer)) value = Array.isArray(value) ? value[Number(token)] : own(value, token);
  return value;
}

/** A JSON copy of a value (undefined stays undefined): what a snapshot stores and a hash reads. */
function jsonCopy(value: unknown): unknown {
  const json = value === undefined ? undefined : (canonicalJson(value) as string | undefined);
  return json === undefined ? undefined : JSON.parse(json);
}

/**
 * The part of a record a signature seals, as JSON: for `part` '' the record less the properties that change
 * without changing what was agreed (signatures, status, updatedAt, extensions), the kind's open parts and the
 * embedded template (sealed as the signer read it, in `sealed.template`: a translation added later breaks nothing).
 */
export function sealedContent(record: unknown, part = ''): unknown {
  if (part !== '') return jsonCopy(valueAt(record, part));
  if (!isObject(record)) return jsonCopy(record);
  const content = jsonCopy(record) as Record<string, unknown>;
  for (const key of unsignedProperties) delete content[key];
  delete content['embeddedTemplate'];
  for (const pointer of openPartsOf(record['kind'])) {
    const tokens = pointerTokens(pointer);
    const parent = valueAt(content, pointer.slice(0, pointer.lastIndexOf('/')));
    if (isObject(parent)) delete parent[tokens[tokens.length - 1]!];
  }
  return content;
}

const languageTag = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** True for a language map of localised text: `{ "en": "…", "fi": "…" }`. */
function isLanguageMap(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => languageTag.test(key) && typeof value[key] === 'string');
}

/** The text of a language map in `lang`: exact tag, lower case, primary subtag, English, then the first. */
export function textIn(map: Record<string, unknown>, lang: string): string {
  const tag = lang.toLowerCase();
  const pick = (key: string) => {
    const entry = own(map, key);
    return typeof entry === 'string' ? entry : undefined;
  };
  return (
    pick(lang) ??
    pick(tag) ??
    pick(tag.split('-')[0]!) ??
    pick('en') ??
    (Object.values(map).find((t) => typeof t === 'string') as string) ??
    ''
  );
}

/**
 * The template as a signer read it: every localised text in `lang`, without `attribution` and `extensions`. Adding a translation
 * changes nothing a signature covers; changing the text the signer read does.
 */
export function templateAsSigned(template: unknown, lang: string): unknown {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!isObject(value)) return value;
    if (isLanguageMap(value)) return textIn(value, lang);
    const out: Record<string, unknown> = {};
    // Provenance (attribution, translation notes) and other systems' data are not what was agreed.
    for (const key of Object.keys(value))
      if (key !== 'extensions' && key !== 'attribution') Object.defineProperty(out, key, { value: walk(value[key]), enumerable: true });
    return out;
  };
  return jsonCopy(walk(template));
}
