import { localise, type LocalisedText } from '../l10n/catalogue.js';
import type { FieldNode } from '../schema/field-tree.js';
import { childOf, valueBelow } from '../schema/tree-walk.js';
import { escapeToken, parsePointer } from '../store/pointer.js';
import type { Problem } from '../validation/problem.js';
import type { ProblemPlace } from './error-summary.js';

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

/**
 * Where the error summary sends the user for each problem: its field's label, and the answer hiding it (if any).
 * `root` holds the form's fields; `fieldFor` gives the pointer of the field that shows a problem (`FormStore.fieldFor`).
 */
export function placesIn(
  tree: FieldNode,
  record: unknown,
  lang: string,
  root: ParentNode,
  fieldFor: (pointer: string) => string,
): (problem: Problem) => ProblemPlace {
  const labelAt = (pointer: string) => localise(labelFor(tree, pointer, record), lang);
  return (problem) => {
    const label = labelAt(problem.pointer);
    const answer = hiddenBy(root, problem.pointer, fieldFor);
    return answer === undefined ? { label } : { label, hiddenBy: { pointer: answer, label: labelAt(answer) } };
  };
}

/**
 * The answer whose condition (`showWhen`: a `showIf` hint, a plan step switched off) hides the field of a problem
 * now, as the pointer of the field it watches, or undefined while the field is not in a hidden part. When that
 * answer is itself in a hidden part, the answer that shows that part, and so on: it returns a field the user can reach.
 */
export function hiddenBy(root: ParentNode, pointer: string, fieldFor: (pointer: string) => string): string | undefined {
  const seen = new Set([pointer]);
  let answer: string | undefined;
  for (let next = hidingAnswer(root, pointer, fieldFor); next !== undefined && !seen.has(next); next = hidingAnswer(root, next, fieldFor)) {
    seen.add(next);
    answer = next;
  }
  return answer;
}

/** The answer of the outermost hidden part around the field of `pointer` (its `data-show-when`), through arrays' shadow roots. */
function hidingAnswer(root: ParentNode, pointer: string, fieldFor: (pointer: string) => string): string | undefined {
  let answer: string | undefined;
  for (let at: Element | null = findField(root, fieldFor(pointer)); at; at = at.parentElement ?? hostOf(at)) {
    if ((at as HTMLElement).hidden && at.hasAttribute('data-show-when')) answer = at.getAttribute('data-show-when')!;
    if (at.getRootNode() === root && !at.parentElement) break;
  }
  return answer;
}

/** The element whose shadow root holds `element` (an array's items), if it is one and not the form's own. */
function hostOf(element: Element): Element | null {
  const rootNode = element.getRootNode();
  return rootNode instanceof ShadowRoot ? rootNode.host : null;
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
