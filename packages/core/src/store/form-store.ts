import type { Problem } from '../validation/problem.js';
import { getAt, setAt } from './pointer.js';

/**
 * What watches one pointer (a field, a condition, an editor): told when the value there changes and, if it
 * shows them, when the problems shown there change. An object rather than a callback per kind of change, so a
 * form of thousands of fields keeps one store entry per pointer and no closures to unsubscribe.
 */
export interface PointerWatcher {
  valueChanged(): void;
  problemsChanged?(): void;
}

/**
 * The state of one form: its value (a JSON document, changed in place), the problems found in it,
 * and whether they are shown. Fields watch their own JSON Pointer, so a keystroke notifies only the
 * field (and any conditional section) watching that pointer: the cost of a change does not grow with
 * the size of the form.
 */
export class FormStore {
  #value: unknown;
  // One watcher (most pointers) or a list of them: a set costs several times a list.
  #watchers = new Map<string, PointerWatcher | PointerWatcher[]>();
  #changeListeners = new Set<(pointer: string) => void>();
  #problems = new Map<string, Problem[]>();
  #revealed: boolean | 'listed' = false;
  #readonlyPointers = new Set<string>();
  #beforeWrite: (() => void) | undefined;
  /**
   * Where a problem shows: the pointer of the field that renders it. A problem may point at a value no
   * field renders on its own (a required object such as `/information/observer`, whose field is
   * `/information/observer/name`); the form sets this from its field tree.
   */
  fieldFor: (pointer: string) => string = (pointer) => pointer;

  constructor(value: unknown = {}) {
    this.#value = value;
  }

  get value(): unknown {
    return this.#value;
  }

  /**
   * Replaces the whole document and tells every field. `beforeWrite` is for a document its giver keeps too (the
   * form's record as loaded, which a reset loads again): it is called once, before the first write into it, for
   * the giver to take its own copy then, so a record that is only shown is never copied.
   */
  replace(value: unknown, { beforeWrite }: { beforeWrite?: () => void } = {}): void {
    this.#value = value;
    this.#beforeWrite = beforeWrite;
    for (const watchers of [...this.#watchers.values()]) tellEach(watchers, 'valueChanged');
    for (const listener of this.#changeListeners) listener('');
  }

  get(pointer: string): unknown {
    return getAt(this.#value, pointer);
  }

  /**
   * Writes one value; tells that pointer's watchers except `from` (the writer, which already shows the
   * value), every watcher below it when `subtree` is set (an array was reordered), and the change
   * listeners.
   */
  set(pointer: string, value: unknown, { from, subtree = false }: { from?: PointerWatcher; subtree?: boolean } = {}): void {
    const beforeWrite = this.#beforeWrite;
    this.#beforeWrite = undefined;
    beforeWrite?.();
    this.#value = setAt(this.#value, pointer, value);
    if (subtree) {
      const below = (key: string) => key === pointer || key.startsWith(pointer + '/');
      for (const [key, watchers] of [...this.#watchers]) if (below(key)) tellEach(watchers, 'valueChanged', from);
    } else {
      const watchers = this.#watchers.get(pointer);
      if (watchers) tellEach(watchers, 'valueChanged', from);
    }
    for (const listener of this.#changeListeners) listener(pointer);
  }

  /** Tells `watcher` of each change of the value or of the problems at `pointer` until `unwatch`. */
  watch(pointer: string, watcher: PointerWatcher): void {
    const watchers = this.#watchers.get(pointer);
    if (!watchers) this.#watchers.set(pointer, watcher);
    else if (!Array.isArray(watchers)) {
      if (watchers !== watcher) this.#watchers.set(pointer, [watchers, watcher]);
    } else if (!watchers.includes(watcher)) watchers.push(watcher);
  }

  unwatch(pointer: string, watcher: PointerWatcher): void {
    const watchers = this.#watchers.get(pointer);
    if (watchers === watcher) this.#watchers.delete(pointer);
    else if (Array.isArray(watchers)) {
      const rest = watchers.filter((w) => w !== watcher);
      if (rest.length === 1) this.#watchers.set(pointer, rest[0]!);
      else this.#watchers.set(pointer, rest);
    }
  }

  /** Called with the pointer of every change ('' when the whole document was replaced). */
  onChange(listener: (pointer: string) => void): () => void {
    this.#changeListeners.add(listener);
    return () => this.#changeListeners.delete(listener);
  }

  /**
   * Problems of the whole document, by pointer. Notifies the pointers whose problems changed. `reveal`: true
   * shows every field's problem (a submit); `'listed'` only those listed here, at fields the user has not
   * touched (a loaded record's, before any submit); false none until interaction.
   */
  setProblems(problems: Problem[], { reveal }: { reveal?: boolean | 'listed' } = {}): void {
    const next = new Map<string, Problem[]>();
    for (const problem of problems) {
      const at = this.fieldFor(problem.pointer);
      const list = next.get(at);
      if (list) list.push(problem);
      else next.set(at, [problem]);
    }
    const touched = new Set<string>();
    for (const [pointer, list] of next) if (!sameProblems(list, this.#problems.get(pointer))) touched.add(pointer);
    for (const pointer of this.#problems.keys()) if (!next.has(pointer)) touched.add(pointer);
    const revealChanged = reveal !== undefined && reveal !== this.#revealed;
    if (reveal !== undefined) this.#revealed = reveal;
    this.#problems = next;
    const notify = revealChanged ? new Set([...touched, ...next.keys()]) : touched;
    for (const pointer of notify) {
      const watchers = this.#watchers.get(pointer);
      if (watchers) tellEach(watchers, 'problemsChanged');
    }
  }

  /** The problems the field at `pointer` shows (see `fieldFor`). */
  problemsAt(pointer: string): readonly Problem[] {
    return this.#problems.get(pointer) ?? noProblems;
  }

  get problems(): Problem[] {
    return [...this.#problems.values()].flat();
  }

  /** True once a submit was attempted (or a loaded record showed what is wrong in it): fields then show their problems without waiting for interaction. */
  get revealed(): boolean {
    return this.#revealed !== false;
  }

  /** Revealed for a loaded record, before any submit: a field the user has not touched shows only a problem listed for it. */
  get revealedListedOnly(): boolean {
    return this.#revealed === 'listed';
  }

  /** Pointers a role may not write (see `role` on the document elements). */
  setReadonlyPointers(pointers: Iterable<string>): void {
    this.#readonlyPointers = new Set(pointers);
  }

  isReadonly(pointer: string): boolean {
    for (const prefix of this.#readonlyPointers) if (pointer === prefix || pointer.startsWith(prefix + '/')) return true;
    return false;
  }
}

/** Tells each watcher but `except` (over a copy of a list: a watcher may stop watching while it is told). */
function tellEach(watchers: PointerWatcher | PointerWatcher[], what: keyof PointerWatcher, except?: unknown): void {
  if (!Array.isArray(watchers)) {
    if (watchers !== except) watchers[what]?.();
    return;
  }
  for (const watcher of [...watchers]) if (watcher !== except) watcher[what]?.();
}

// Every field asks on each render; most have none.
const noProblems: readonly Problem[] = Object.freeze([]);

function sameProblems(a: Problem[], b: Problem[] | undefined): boolean {
  return !!b && a.length === b.length && a.every((p, i) => p.keyword === b[i]!.keyword && p.key === b[i]!.key);
}
