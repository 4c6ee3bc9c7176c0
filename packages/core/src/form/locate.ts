import { localise, type LocalisedText } from '../l10n/catalogue.js';
import type { FieldNode } from '../schema/field-tree.js';
import { childOf, valueBelow } from '../schema/tree-walk.js';
import { escapeToken, getAt, isRelativePointer, parsePointer, resolveRelativePointer } from '../store/pointer.js';
import type { Problem } from '../validation/problem.js';
import type { ProblemPlace } from './error-summary.js';
import { conditionHolds } from './show-when.js';

// What only a form showing its problems needs (the error summary's labels and links): in the problems chunk
// (problems-chunk.ts). Finding the node at a pointer, which every form needs, is node-at.ts.

/** The label of the field at a record pointer, or of its closest labelled ancestor. */
export function labelFor(tree: FieldNode, pointer: string, record?: unknown): LocalisedText {
  let node: FieldNode | undefined = tree;
  let value = record;
  // The form's own title labels what has no labelled field above it.
  let label: LocalisedText = tree.label;
  for (const token of parsePointer(pointer)) {
    node = node && childOf(node, token, value);
    value = valueBelow(value, token);
    if (node?.label) label = node.label;
  }
  return label;
}

/** Where the error summary sends the user for each problem of `record`: its field's label, and the answer hiding it (if any). */
export function placesIn(tree: FieldNode, record: unknown, lang: string): (problem: Problem) => ProblemPlace {
  const labelAt = (pointer: string) => localise(labelFor(tree, pointer, record), lang);
  return (problem) => {
    const label = labelAt(problem.pointer);
    const answer = hiddenBy(tree, problem.pointer, record);
    return answer === undefined ? { label } : { label, hiddenBy: { pointer: answer, label: labelAt(answer) } };
  };
}

/**
 * The answer whose `showIf` hint hides the field at a record pointer now (the pointer of the field it watches),
 * or undefined while nothing on the way to it is hidden. When that answer is itself in a hidden part, the
 * answer that shows that part, and so on: what it returns is a field the user can reach.
 */
export function hiddenBy(tree: FieldNode, pointer: string, record: unknown): string | undefined {
  const seen = new Set([pointer]);
  let answer: string | undefined;
  for (let next = hidingAnswer(tree, pointer, record); next !== undefined && !seen.has(next); next = hidingAnswer(tree, next, record)) {
    seen.add(next);
    answer = next;
  }
  return answer;
}

/** The watched pointer of the outermost `showIf` on the way to `pointer` whose condition does not hold. */
function hidingAnswer(tree: FieldNode, pointer: string, record: unknown): string | undefined {
  try {
    const tokens = parsePointer(pointer);
    let node: FieldNode | undefined = tree;
    let value = record;
    let at = '';
    for (let depth = 0; node; depth++) {
      const showIf = node.showIf;
      if (showIf) {
        const watched = isRelativePointer(showIf.pointer) ? resolveRelativePointer(at, showIf.pointer) : showIf.pointer;
        if (!conditionHolds(showIf, getAt(record, watched))) return watched;
      }
      if (depth === tokens.length) return undefined;
      const token = tokens[depth]!;
      node = childOf(node, token, value);
      value = valueBelow(value, token);
      at += '/' + escapeToken(token);
    }
  } catch {
    // A hint whose relative pointer goes above the root: the form shows that field, so it is not hidden.
  }
  return undefined;
}

/** The field bound to `pointer` (a light field's wrapper or a field element), looking through arrays' shadow roots, or its closest ancestor. */
export function findField(root: ParentNode, pointer: string): HTMLElement | null {
  const tokens = parsePointer(pointer);
  for (let n = tokens.length; n >= 0; n--) {
    const candidate = '/' + tokens.slice(0, n).map(escapeToken).join('/');
    const found = search(root, n === 0 ? '' : candidate);
    if (found) return found;
  }
  return null;
}

function search(root: ParentNode, pointer: string): HTMLElement | null {
  const selector = `[path="${CSS.escape(pointer)}"]`;
  const direct = root.querySelector<HTMLElement>(selector);
  if (direct) return direct;
  for (const host of root.querySelectorAll('mk-array')) {
    const found = host.shadowRoot && search(host.shadowRoot, pointer);
    if (found) return found;
  }
  return null;
}

/** Moves focus into a field: a light field's chosen option or first control, or a field element itself. */
export function focusField(field: HTMLElement): void {
  const control = field.shadowRoot
    ? null
    : (field.querySelector<HTMLElement>('input:checked') ?? field.querySelector<HTMLElement>('input, textarea, select'));
  (control ?? field).focus();
}
