import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldNode, ValueNode } from '../schema/field-tree.js';
import type { FormStore } from '../store/form-store.js';
import { getAt } from '../store/pointer.js';
import { runValidator } from '../validation/host-problems.js';
import type { Problem } from '../validation/problem.js';
import type { RuntimeValidator } from '../validation/runtime-validator.js';
import { checkField } from './check-field.js';
import { nodeAt } from './node-at.js';

/** Validates a whole record; returns its problems in the shared error shape (empty when valid). */
export type RecordValidator = (value: unknown) => Problem[];

/** What the validation reads from its form and tells it. */
export interface RecordValidationOptions {
  store: FormStore;
  /** The schema the run-time validator is built from when no validator is given. */
  schema(): object | undefined;
  /** The validator given from outside (`validator` property), which wins over every other. */
  given(): RecordValidator | undefined;
  /** The field tree: each field's own check reads its node. */
  tree(): FieldNode | undefined;
  /** True while the schema, template, record or validator is in error: the form then fails closed with {@link brokenFormProblem}. */
  broken(): boolean;
  /** A validator could not be loaded or built: the form shows this instead of the fields. */
  failed(message: string): void;
  /** The problems changed (or were checked again); called after every check. */
  checked(problems: Problem[]): void;
  /**
   * A whole check is owed: it comes after the first paint (or at the first {@link RecordValidationController.flush}),
   * or once the validator being loaded arrives. The record counts as invalid until then.
   */
  owed?(): void;
}

/**
 * The one problem a form has while its schema, template, record or validator is in error: the form
 * fails closed (invalid for its host form, `submit()` false, no `mk-submit`) until the error is fixed.
 */
export const brokenFormProblem: Problem = Object.freeze({ pointer: '', keyword: 'schema', key: 'schemaErrorTitle', params: {} });

/**
 * The problem a record has, after those its fields found, while no validator can check it as a whole yet (one
 * is loading): `problems` is empty exactly when the record is valid, so code that reads it never takes an
 * unchecked record for a valid one.
 */
export const uncheckedRecordProblem: Problem = Object.freeze({ pointer: '', keyword: 'pending', key: 'notCheckedYet', params: {} });

/**
 * What a loaded record shows before any submit: its problems but those of values merely missing (a required
 * field never filled in), which a submit shows as usual. A new or half-done record is incomplete by nature;
 * what is wrong in it is worth showing at once. Only what is shown: the record stays invalid.
 */
export function listedBeforeSubmit(problems: Problem[], record: unknown): Problem[] {
  const listed = problems.filter((problem) => problem.key !== 'valueMissing' || getAt(record, problem.pointer) !== undefined);
  return listed.length === problems.length ? problems : listed;
}

/** How long typing must pause before the whole record is checked again. */
const pause = 300;

/** How long a loaded record's whole check may wait for the page to be idle after its first paint. */
const idleWait = 200;

/**
 * Runs `then` after the next frame is painted, when the page is next idle (in a hidden page, which paints
 * no frames, soon). Idle, not the next task: a page of many forms then draws its next frames before
 * their checks, which run in the idle time between frames (or once `idleWait` is over), not as one long
 * run of tasks ahead of the second frame.
 */
function afterFirstPaint(then: () => void): void {
  if (document.visibilityState === 'hidden') setTimeout(then);
  else if (typeof requestIdleCallback !== 'function') requestAnimationFrame(() => setTimeout(then));
  else requestAnimationFrame(() => requestIdleCallback(then, { timeout: idleWait }));
}

/**
 * Settles once the next frame is painted (soon in a hidden page, which paints none): the run-time validator's
 * chunk is fetched then, not in the first render, whose task its request and module would lengthen.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') setTimeout(resolve);
    else requestAnimationFrame(() => setTimeout(resolve));
  });
}

/** The run-time validator's chunk once a form asked for it: forms after the first wait for no paint. A failed fetch is tried again. */
let runtimeChunk: Promise<typeof import('../validation/runtime-validator-chunk.js')> | undefined;
function loadRuntimeChunk(): NonNullable<typeof runtimeChunk> {
  return (runtimeChunk ??= afterNextPaint()
    .then(() => import('../validation/runtime-validator-chunk.js'))
    .catch((error: unknown) => {
      runtimeChunk = undefined;
      throw error;
    }));
}

/**
 * Record validation of one form: the one place that picks the validator and says who checks what, and
 * when.
 *
 * Which validator: the form's `validator` property (precompiled, `mentorkit compile`), else the one a
 * subclass gave with {@link load} (a document element's lazy chunk), else a run-time validator built
 * from the schema (a lazy chunk too). While one loads, the record cannot be checked as a whole:
 * `pending` is true and `ready` settles once it can.
 *
 * When:
 * - a change to single value fields (a keystroke): those fields' own checks (`checkField`) replace
 *   their known problems, so the work per keystroke does not grow with the form;
 * - typing pauses ({@link pause} ms), a whole record is loaded, an array changes, a validator arrives:
 *   the whole record, with the record validator;
 * - before a submit or whenever validity is read: {@link flush} checks the whole record first.
 *
 * A loaded record that is wrong (not merely incomplete) shows its problems once it was first checked: those
 * {@link listedBeforeSubmit} keeps, until a submit shows them all.
 *
 * A controller rather than code in the element: the element then only says what to render, and this
 * logic has its own tests with a bare host.
 */
export class RecordValidationController implements ReactiveController {
  #problems: Problem[] = [];
  #runtime?: RuntimeValidator;
  #runtimeFor?: object;
  /** Pointers changed since the run-time validator last checked the record (undefined: unknown, check it all). */
  #sinceWhole?: Set<string>;
  /** The validator a subclass gave with `load` (not reactive: it changes no rendering). */
  #own?: RecordValidator;
  #loading: Promise<void> = Promise.resolve();
  #pending = false;
  #queued = false;
  /** Pointers changed since the last check ('' when the whole record was replaced). */
  #changed = new Set<string>();
  /** True while the problems come from the changed fields' own checks; the whole record is checked soon after. */
  #partial = false;
  #fullCheck?: ReturnType<typeof setTimeout>;
  /** When the whole check after typing is due (`performance.now()`): each keystroke moves it, the timer stays. */
  #due = 0;
  #checkLoaded = false;
  /** A loaded record's whole check is still to come (it runs after the first paint, or at the first flush). */
  #owed = false;
  #afterPaint = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: RecordValidationOptions,
  ) {
    host.addController(this);
    options.store.onChange((pointer) => {
      this.#changed.add(pointer);
      if (pointer === '') this.#sinceWhole = undefined;
      else this.#sinceWhole?.add(pointer);
      this.queue();
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.#fullCheck);
    this.#fullCheck = undefined;
  }

  /**
   * The problems found by the last check (call {@link flush} first for the whole record's), and
   * {@link uncheckedRecordProblem} last while the record cannot be checked as a whole.
   */
  get problems(): Problem[] {
    return this.#available || this.#problems.includes(brokenFormProblem) ? this.#problems : [...this.#problems, uncheckedRecordProblem];
  }

  /** Settles once the validator being loaded is ready. */
  get ready(): Promise<void> {
    return this.#loading;
  }

  /** True while a validator is loading: until then the record cannot be checked as a whole. */
  get pending(): boolean {
    return this.#pending;
  }

  /** A validator that loads on demand (or is already there, or none): checks start once it arrived. */
  load(loading: Promise<RecordValidator> | RecordValidator | undefined): void {
    if (!(loading instanceof Promise)) {
      // Already loaded (or none): no waiting, and any load still in flight no longer applies.
      this.#loading = Promise.resolve();
      this.#pending = false;
      this.#own = loading;
      return;
    }
    this.#own = undefined;
    this.#pending = true;
    // Nothing can be checked until it arrives: no check is owed meanwhile (a host form's submit is held instead).
    if (this.#owed) {
      this.#owed = false;
      this.queue();
    }
    const settled: Promise<void> = loading.then(
      (validator) => {
        if (this.#loading !== settled) return;
        this.#own = validator;
        this.#pending = false;
        this.#arrived();
      },
      (error: unknown) => this.#failed(settled, error),
    );
    this.#loading = settled;
  }

  /**
   * A whole record was loaded: check it once the form has painted (a large record's check would
   * otherwise hold up its first paint), then show what is wrong in it. Until then the check is owed:
   * a submit, or anyone reading validity, checks it first ({@link flush}).
   */
  loaded(): void {
    this.#checkLoaded = true;
    // The validator's load is under way from now (submits wait for it; the run-time one is fetched after the next paint); the check waits for the paint too.
    this.#prepare();
    // No validator yet: the fields' states settle now, and the whole check follows its arrival.
    if (!this.#available) return this.queue();
    // The owed check covers the load's own change.
    this.#queued = false;
    this.#changed.clear();
    this.#checkAfterPaint();
  }

  #checkAfterPaint(): void {
    this.#owed = true;
    this.options.owed?.();
    if (this.#afterPaint) return;
    this.#afterPaint = true;
    afterFirstPaint(() => {
      this.#afterPaint = false;
      if (this.#owed) this.check('full');
    });
  }

  /** Checks after the current task's changes, only the changed fields where it can (a loaded record waits for its own check). */
  queue(): void {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      if (!this.#queued) return;
      if (!this.#owed) return this.check();
      // Still waiting for the paint: the owed check will cover this change too (the host form gets the new value now).
      this.#queued = false;
      this.options.owed?.();
    });
  }

  /** Brings the problems up to date with the whole record (before a submit, or when validity is asked for). */
  flush(): void {
    if (this.#queued || this.#partial || this.#owed) this.check('full');
  }

  /** Checks now: the changed fields alone (`changes`, where it can) or the whole record. */
  check(mode: 'full' | 'changes' = 'changes'): void {
    this.#queued = false;
    this.#owed = false;
    const changed = [...this.#changed];
    this.#changed.clear();
    if (this.options.broken()) {
      // Nothing to check, nothing to reveal: the form shows why it cannot be used, and refuses every submit.
      this.#problems = [brokenFormProblem];
      this.#partial = false;
      this.options.checked(this.#problems);
      return;
    }
    const available = this.#available;
    if (mode === 'changes' && this.#checkFields(changed)) {
      this.#partial = true;
      if (available) this.#checkWhenTypingPauses();
    } else if (available) {
      this.#problems = this.#validate(this.options.store.value);
      this.#partial = false;
    } else {
      // No validator yet: the fields' own checks are all that is known; the whole check follows its arrival.
      this.#prepare();
      if (!this.#checkFields(changed)) this.#problems = this.#problems.filter((problem) => problem !== brokenFormProblem);
      this.#partial = true;
    }
    const store = this.options.store;
    if (this.#checkLoaded && this.#available) {
      this.#checkLoaded = false;
      const listed = listedBeforeSubmit(this.#problems, store.value);
      if (listed.length) store.setProblems(listed, { reveal: 'listed' });
    }
    if (store.revealed) store.setProblems(store.revealedListedOnly ? listedBeforeSubmit(this.#problems, store.value) : this.#problems);
    this.options.checked(this.problems);
    // Fail closed: a record the validator has not seen is not valid yet, even with no field problem known.
    if (!available) this.options.owed?.();
  }

  /** The whole check {@link pause} ms after the last change: one timer, moved on by each keystroke rather than set again. */
  #checkWhenTypingPauses(): void {
    this.#due = performance.now() + pause;
    this.#fullCheck ??= setTimeout(this.#paused, pause);
  }

  #paused = (): void => {
    const wait = this.#due - performance.now();
    this.#fullCheck = wait > 1 ? setTimeout(this.#paused, wait) : undefined;
    // A whole check since (a submit, a flush) made this one unneeded; a validator loading again brings its own.
    if (!this.#fullCheck && this.#partial && this.#available) this.check('full');
  };

  /**
   * Replaces the known problems of the changed fields with their own checks. Returns false when a
   * change is not to a single field (a whole record, an array reordered), which needs a full check.
   */
  #checkFields(changed: string[]): boolean {
    const tree = this.options.tree();
    if (!tree || !changed.length || this.#problems.includes(brokenFormProblem)) return false;
    const nodes = changed.map((pointer) => (pointer === '' ? undefined : nodeAt(tree, pointer, this.options.store.value)));
    if (nodes.some((node) => node?.kind !== 'value')) return false;
    const touched = (pointer: string) => changed.some((p) => pointer === p || pointer.startsWith(p + '/'));
    const problems = this.#problems.filter((problem) => !touched(problem.pointer));
    changed.forEach((pointer, i) => {
      const problem = checkField(nodes[i] as ValueNode, this.options.store.get(pointer), pointer);
      if (problem) problems.push(problem);
    });
    this.#problems = problems;
    return true;
  }

  /** True when the whole record can be checked now. */
  get #available(): boolean {
    return !this.#pending && (!!this.options.given() || !!this.#own || !this.options.schema() || !!this.#runtime);
  }

  /** Starts loading the run-time validator when the whole record will need it (no other validator). */
  #prepare(): void {
    const schema = this.options.schema();
    if (this.options.given() || this.#own || this.#pending || !schema || this.#runtimeFor === schema) return;
    if (!this.options.broken()) this.#loadRuntime(schema);
  }

  /** A validator arrived: check the whole record (a record just loaded, once the form has painted). */
  #arrived(): void {
    if (this.#checkLoaded) this.#checkAfterPaint();
    else this.check('full');
  }

  #validate(value: unknown): Problem[] {
    // Host code (and any validator) may throw or return something odd: that counts as invalid, never as valid.
    const given = this.options.given() ?? this.#own;
    if (given) return askedToFill(runValidator(given, value), value);
    const schema = this.options.schema();
    if (!schema || this.#pending) return [];
    if (this.#runtimeFor !== schema) this.#loadRuntime(schema);
    const runtime = this.#runtime;
    if (!runtime) return [];
    // It checks again only what changed since its last check (same result, less work on a large record).
    const changed = this.#sinceWhole;
    this.#sinceWhole = new Set();
    return askedToFill(
      runValidator((record) => runtime(record, changed), value),
      value,
    );
  }

  /** Loads the run-time validator's chunk and builds it for `schema`; checks the whole record once it is there. */
  #loadRuntime(schema: object): void {
    this.#runtimeFor = schema;
    this.#runtime = undefined;
    this.#pending = true;
    const loading: Promise<void> = loadRuntimeChunk().then(
      ({ createRuntimeValidator }) => {
        if (this.#loading !== loading) return;
        this.#pending = false;
        // A schema set while this one loaded starts its own load in the check below.
        if (this.#runtimeFor === this.options.schema()) {
          try {
            this.#runtime = createRuntimeValidator(schema);
          } catch (error) {
            this.options.failed(String((error as Error)?.message ?? error));
          }
        }
        this.#arrived();
      },
      (error: unknown) => this.#failed(loading, error),
    );
    this.#loading = loading;
  }

  #failed(loading: Promise<void>, error: unknown): void {
    if (this.#loading !== loading) return;
    this.#pending = false;
    this.options.failed(`The validator could not be loaded: ${String((error as Error)?.message ?? error)}`);
  }
}

/**
 * An array item added and left empty holds no value (`undefined`, which no JSON type admits): a validator
 * reports the item's type, but what the person has to do is fill it in, and that is what it says.
 */
function askedToFill(problems: Problem[], record: unknown): Problem[] {
  return problems.map((problem) =>
    problem.keyword === 'type' && problem.pointer !== '' && getAt(record, problem.pointer) === undefined
      ? { ...problem, key: 'valueMissing' }
      : problem,
  );
}
