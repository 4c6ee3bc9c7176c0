// Derived templates. A template built on another one (its points, items or text edited) is a template of its own:
// it gets its own id and version, names its origin in `basedOn`, and travels with every record made with it
// (`embeddedTemplate`), so that any system validates the record, and checks its signatures, against the template
// it was made with. Built-in templates are not embedded: every reader has them (they ship with this package).
import { canonicalJson } from './canonical.js';
import { sameTemplateText } from './template-text.js';
import { isObject, type Template } from './kinds.js';
import { own } from './own.js';

/** The version a derived template starts at: it is a new template, not a new version of its origin. */
export const derivedVersion = '1.0.0';

/** Hex digits of the content hash in a derived template's id: 48 bits, so different edits do not share an id. */
const hashDigits = 12;
const hashSuffix = new RegExp(`-[0-9a-f]{${hashDigits}}$`);
const identifierMax = 100;

/** The template without the parts that name it, as canonical JSON: what makes two templates the same template. */
function contentOf(template: object): string {
  const content: Record<string, unknown> = { ...template };
  delete content['id'];
  delete content['version'];
  delete content['basedOn'];
  return canonicalJson(content);
}

async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * `changed` (a copy of `origin` with edits) as a template of its own: id `<origin id>-<hash of the content>`,
 * version 1.0.0, `basedOn: { id, version }` of `origin`. The same edits of the same origin give the same id (two
 * records edited alike share a template); other edits give another id. Without edits, `origin` itself is returned.
 */
export async function deriveTemplate<T extends Template>(origin: T, changed: T): Promise<T> {
  if (contentOf(changed) === contentOf(origin)) return origin;
  const basedOn = { id: origin.id, version: origin.version };
  const hash = (await sha256(canonicalJson({ basedOn, content: contentOf(changed) }))).slice(0, hashDigits);
  // A template derived from a derived one is its sibling in name (one hash, not a chain of them); `basedOn` still names its parent.
  const stem = (origin.basedOn ? origin.id.replace(hashSuffix, '') : origin.id).slice(0, identifierMax - hashDigits - 1);
  return { ...changed, id: `${stem}-${hash}`, version: derivedVersion, basedOn };
}

/** The template a record carries (`embeddedTemplate`), or undefined. */
export function embeddedTemplateOf(record: unknown): Template | undefined {
  const embedded = own(record, 'embeddedTemplate');
  return isObject(embedded) ? (embedded as unknown as Template) : undefined;
}

/**
 * True when `a` and `b` are the same template: the same JSON, key order aside. A built-in template from
 * `kinds/*-templates.js` is read in the languages it has loaded (see `sameTemplateText`).
 */
export function sameTemplate(a: unknown, b: unknown): boolean {
  return sameTemplateText(a, b);
}
