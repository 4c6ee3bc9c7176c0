/** JSON Pointer (RFC 6901) helpers. Tokens are ordinary keys: `__proto__` names a property, never a prototype. */
import { own, setOwn } from '@mentorkit/schemas/own.js';

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new SyntaxError(`Not a JSON Pointer: "${pointer}"`);
  const tokens = pointer.slice(1).split('/');
  // Most pointers escape nothing (every field of a form reads its own once it renders).
  return pointer.includes('~') ? tokens.map(unescapeToken) : tokens;
}

export function unescapeToken(token: string): string {
  return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
}

export function escapeToken(token: string | number): string {
  const text = String(token);
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

export function joinPointer(base: string, token: string | number): string {
  return `${base}/${escapeToken(token)}`;
}

/** `a.b.0` (the dotted paths of UI hint maps) → `/a/b/0`. */
export function pointerFromDotted(path: string): string {
  if (path === '') return '';
  // Most paths have nothing to escape (a form's UI map has a hint for every rated point).
  if (!path.includes('~') && !path.includes('/')) return '/' + path.replaceAll('.', '/');
  return '/' + path.split('.').map(escapeToken).join('/');
}

/** `/a/b/0` → `a.b.0`. */
export function dottedFromPointer(pointer: string): string {
  return parsePointer(pointer).join('.');
}

/** True for a Relative JSON Pointer (`0`, `1/status`, `2/items/0`): levels up, then a pointer. */
export function isRelativePointer(path: string): boolean {
  return /^(0|[1-9]\d*)(\/|$)/.test(path);
}

/**
 * Resolves a Relative JSON Pointer against the absolute pointer of a value: `1/status` from
 * `/actions/0/reason` is `/actions/0/status` (one level up, to the item, then its `status`).
 */
export function resolveRelativePointer(base: string, relative: string): string {
  const [, up, rest = ''] = /^(\d+)(.*)$/.exec(relative)!;
  const tokens = parsePointer(base);
  const levels = Number(up);
  if (levels > tokens.length) throw new SyntaxError(`"${relative}" goes above the root from "${base}"`);
  return (
    tokens
      .slice(0, tokens.length - levels)
      .map((t) => '/' + escapeToken(t))
      .join('') + rest
  );
}

/**
 * The value at `pointer` inside `root` (own properties only), or undefined. The pointer is read token by token as
 * it is walked, with no list of tokens made: every field of a form reads its own once as it first renders, in code
 * that runs only that once, where each list and iterator costs.
 */
export function getAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  if (pointer.charCodeAt(0) !== 47 /* '/' */) throw new SyntaxError(`Not a JSON Pointer: "${pointer}"`);
  const escaped = pointer.includes('~');
  let node = root;
  let start = 1;
  for (;;) {
    if (node === null || typeof node !== 'object') return undefined;
    const end = pointer.indexOf('/', start);
    const token = end < 0 ? pointer.slice(start) : pointer.slice(start, end);
    node = own(node, escaped ? unescapeToken(token) : token);
    if (end < 0) return node;
    start = end + 1;
  }
}

/**
 * Writes `value` at `pointer` inside `root`, in place, creating objects (or arrays, for numeric
 * tokens) on the way. `undefined` deletes the property. Returns the root, new when `pointer` is ''.
 */
export function setAt(root: unknown, pointer: string, value: unknown): unknown {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return value;
  let node = (root !== null && typeof root === 'object' ? root : {}) as Record<string, unknown>;
  const top = node;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    let next = own(node, token);
    if (next === null || typeof next !== 'object') {
      next = /^\d+$/.test(tokens[i + 1]!) ? [] : {};
      setOwn(node, token, next);
    }
    node = next as Record<string, unknown>;
  }
  const last = tokens[tokens.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node[Number(last)] = undefined;
    else delete node[last];
    pruneEmptyObjects(top, tokens.slice(0, -1));
  } else {
    setOwn(node, last, value);
  }
  return top;
}

/**
 * After a property was cleared, removes the objects on its path that are now empty (innermost
 * first), so clearing the only field of an optional group leaves no `{}` behind to fail `required`.
 * Arrays and the root are kept.
 */
function pruneEmptyObjects(root: Record<string, unknown>, path: string[]): void {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = getAt(
      root,
      '/' +
        path
          .slice(0, depth - 1)
          .map(escapeToken)
          .join('/'),
    ) as Record<string, unknown>;
    const key = path[depth - 1]!;
    const child = own(parent, key);
    if (Array.isArray(parent) || child === null || typeof child !== 'object' || Array.isArray(child) || Object.keys(child).length) return;
    delete parent[key];
  }
}
