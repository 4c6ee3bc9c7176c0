import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing must pause before the form value is set again (as before the whole record's check). */
const pause = 300;

/**
 * How many `reportValidity()` or `requestSubmit()` calls of a host form are under way now. The platform fires
 * the same `invalid` event for the host form's `checkValidity()`, which must show nothing, as for those, which
 * show the problems: only the call itself tells them apart.
 */
let hostReports = 0;
/** The host forms whose report methods count themselves in {@link hostReports}. */
const counted = new WeakSet<HTMLFormElement>();

/**
 * Makes the host form's `reportValidity()` and `requestSubmit()` count themselves while they run: an own
 * property of that form that calls the method it had (the prototype's, or the host's own), once per form.
 */
function countReports(form: HTMLFormElement): void {
  if (counted.has(form)) return;
  counted.add(form);
  const { reportValidity, requestSubmit } = form;
  const counting = <A extends unknown[], R>(method: (this: HTMLFormElement, ...args: A) => R) =>
    function (this: HTMLFormElement, ...args: A): R {
      hostReports++;
      try {
        return method.apply(this, args);
      } finally {
        hostReports--;
      }
    };
  Object.defineProperties(form, {
    reportValidity: { value: counting(reportValidity), configurable: true, writable: true },
    requestSubmit: { value: counting(requestSubmit), configurable: true, writable: true },
  });
}

/** The inputs of a form's fields in which Enter submits, as the platform's implicit submission does in a `<form>`. */
const submittingInputs = new Set(['text', 'search', 'url', 'tel', 'email']);

/** A button or input that submits its form. */
function isSubmitButton(node: unknown): node is HTMLButtonElement | HTMLInputElement {
  return (node instanceof HTMLButtonElement || node instanceof HTMLInputElement) && (node.type === 'submit' || node.type === 'image');
}

/** What the bridge reads from its form. */
export interface HostFormOptions {
  /** The record, submitted as JSON. */
  value(): unknown;
  /** Disabled by its own attribute: the record is not submitted. */
  disabled(): boolean;
  /** Disabled by its own attribute or a disabled fieldset or form: the record does not block a submit. */
  inactive(): boolean;
  /** True while the record cannot be checked as a whole yet (its validator is loading). */
  pending(): boolean;
  /** Settles once the record can be checked. */
  ready(): Promise<void>;
  /** Checks the whole record now; returns whether it has problems. */
  flush(): boolean;
  /** Shows the problems to the user (summary, fields, focus). */
  reveal(): void;
  /** The host form sent the record (its submit went through, no listener cancelled it). */
  submitted?(): void;
  /** The element's own submit button, when it shows one: Enter in a field presses it (see {@link HostFormController}). */
  ownSubmit?(): HTMLButtonElement | null;
}

/**
 * The bridge between one form element and the host `<form>` it sits in (ElementInternals): the record
 * as the form value, the form's validity and its `invalid` state, and the host's submit held or
 * stopped while the record is invalid or cannot be checked yet.
 *
 * The element still declares the form-associated callbacks (the platform calls them on the element)
 * and hands them here. A controller rather than a mixin: the bridge holds state (the host form, the
 * validity last set) that belongs to no other job, and has its own tests with a bare host.
 */
export class HostFormController implements ReactiveController {
  readonly internals: ElementInternals;
  #form: HTMLFormElement | null = null;
  /** The click last handled: the document and the form both hear it (see {@link associate}). */
  #click?: Event;
  #message: string | undefined;
  #anchored = false;
  /** The message of a record not checked yet (see {@link hold}). */
  #held: string | undefined;
  /** The form value last set (null: none), and whether the record changed since (see {@link update}). */
  #value: string | null = null;
  #stale = false;
  #refresh?: ReturnType<typeof setTimeout>;
  /** How many times the user changed the record (see {@link edited}). */
  #edits = 0;
  /** What the `invalid` event under way comes from, when it is the element's own call (see {@link #onInvalid}). */
  #asked?: 'check' | 'report';
  /** A submit button was clicked in this task: its submission's validation is a report (see {@link #onClick}). */
  #submitClicked = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: HostFormOptions,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('invalid', this.#onInvalid);
    this.host.addEventListener('keydown', this.#onKeydown);
    addEventListener('pagehide', this.#onPageHide);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('invalid', this.#onInvalid);
    this.host.removeEventListener('keydown', this.#onKeydown);
    removeEventListener('pagehide', this.#onPageHide);
  }

  /** The host form, or null outside one. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** From the element's `formAssociatedCallback`: follows the form it now belongs to. */
  associate(form: HTMLFormElement | null): void {
    this.#form?.removeEventListener('submit', this.#onSubmit, { capture: true });
    this.#form?.removeEventListener('click', this.#onClick, { capture: true });
    this.#form?.ownerDocument.removeEventListener('click', this.#onClick, { capture: true });
    this.#form?.removeEventListener('formdata', this.#onFormData);
    this.#form = form;
    if (form) countReports(form);
    form?.addEventListener('submit', this.#onSubmit, { capture: true });
    // The document's clicks too: a submit button outside the form that names it (`form="id"`) submits it. The
    // form's still, for a form in a closed shadow root, whose buttons the document's clicks do not show.
    form?.ownerDocument.addEventListener('click', this.#onClick, { capture: true });
    form?.addEventListener('click', this.#onClick, { capture: true });
    form?.addEventListener('formdata', this.#onFormData);
    if (form) this.updateValue();
    if (form && this.#held) this.internals.setValidity({ customError: true }, this.#held);
  }

  /**
   * The element's `checkValidity()`: whether it is valid, firing `invalid` if not, and showing nothing, like
   * an `<input>`'s (a host may ask often, e.g. to enable its own Save button, and the user's focus stays).
   */
  check(): boolean {
    return this.#asking('check', () => this.internals.checkValidity());
  }

  /** The element's `reportValidity()`: as {@link check}, and an invalid record shows its problems and takes the focus. */
  report(): boolean {
    return this.#asking('report', () => this.internals.reportValidity());
  }

  #asking(asked: 'check' | 'report', ask: () => boolean): boolean {
    const before = this.#asked;
    this.#asked = asked;
    try {
      return ask();
    } finally {
      this.#asked = before;
    }
  }

  /** Sets the form value to the record now (null when disabled: then nothing is submitted). */
  updateValue(): void {
    this.#stale = false;
    this.#value = this.options.disabled() ? null : JSON.stringify(this.options.value());
    this.internals.setFormValue(this.#value);
  }

  /**
   * The record changed. The form value is the whole record as JSON, which grows with the record: it is
   * set again when typing pauses, not on every keystroke, and at once whenever it is read before that
   * (a submit, `new FormData(form)`, the page being left).
   */
  #changed(): void {
    this.#stale = true;
    if (this.#refresh !== undefined) return;
    this.#refresh = setTimeout(() => {
      this.#refresh = undefined;
      if (this.#stale && this.#form) this.updateValue();
    }, pause);
  }

  /**
   * After a check: the form value (serialising the record costs time with its size, so only inside a
   * form), the validity message (empty when valid) anchored on the element `anchor` finds (asked only
   * when the message changes), and the `invalid` state.
   */
  update(message: string, anchor: HTMLElement | undefined | (() => HTMLElement | undefined)): void {
    this.#held = undefined;
    if (this.#form) this.#changed();
    // Only on change: each call makes the browser recompute :invalid up the tree.
    const anchorNow =
      message && (message !== this.#message || !this.#anchored) ? (typeof anchor === 'function' ? anchor() : anchor) : undefined;
    if (message !== this.#message || (message && !this.#anchored && anchorNow)) {
      this.#message = message;
      this.#anchored = !!anchorNow;
      this.internals.setValidity(message ? { customError: true } : {}, message, anchorNow);
    }
    // Touch the custom state only when it changes: setting it restyles the whole form.
    const invalid = !!message;
    if (invalid !== this.internals.states.has('invalid')) {
      if (invalid) this.internals.states.add('invalid');
      else this.internals.states.delete('invalid');
    }
  }

  /** The user changed the record (a field, an item added): a submit still held from before is dropped. */
  edited(): void {
    this.#edits++;
  }

  /**
   * A submit held while the record cannot be checked goes on once it can: it is stopped with the problems
   * shown, or sent again. Unless the user changed the record meanwhile: then they are still at work, and
   * showing problems would take their focus to the summary mid-word (and sending would send half of it).
   * They submit again when done.
   */
  #resume(submit: () => void): void {
    const edits = this.#edits;
    const { options } = this;
    void options.ready().then(() => {
      if (this.#edits !== edits) return;
      if (options.flush()) options.reveal();
      else if (!options.pending()) submit();
    });
  }

  /**
   * The record is not checked yet (its check waits for the first paint, or for its validator to load):
   * invalid until it is, so the host's own constraint validation (`requestSubmit()`, which reads the
   * validity and calls nothing of ours) and `checkValidity()` cannot pass an unchecked record. A submit
   * button's click checks first.
   */
  hold(message: string): void {
    if (this.#form) this.#changed();
    if (message === this.#held) return;
    this.#held = message;
    this.#message = undefined;
    this.internals.setValidity({ customError: true }, message);
  }

  /**
   * The host form built its entry list (`new FormData(form)`, or a submit) while the record had changed
   * since the form value was last set: that entry becomes the record as it is now, in its place.
   */
  #onFormData = (event: FormDataEvent): void => {
    if (!this.#stale) return;
    const before = this.#value;
    this.updateValue();
    const name = this.host.getAttribute('name');
    if (!name || before === null) return;
    const entries = event.formData.getAll(name);
    const at = entries.indexOf(before);
    if (at < 0) return;
    if (entries.length === 1) {
      if (this.#value === null) event.formData.delete(name);
      else event.formData.set(name, this.#value);
      return;
    }
    // Other controls share the name: keep their entries, in order.
    if (this.#value === null) entries.splice(at, 1);
    else entries[at] = this.#value;
    event.formData.delete(name);
    for (const entry of entries) event.formData.append(name, entry);
  };

  /** The page is left (or put in the back/forward cache): the browser keeps the form value as it is now. */
  #onPageHide = (): void => {
    if (this.#stale && this.#form) this.updateValue();
  };

  /**
   * A check found this element invalid. The platform fires this one event for a check (`checkValidity()`
   * of the element or of its host form), which shows nothing, and for a report (`reportValidity()` of
   * either, the host's submit button, `requestSubmit()`), which shows why: the summary, not the browser's
   * bubble, what is known now (showing it later, once a loading validator arrived, would take the focus
   * from whoever is typing by then). Which one it is comes from the call: the element's own, a submit
   * button clicked in this task, or a host form's report method under way (see {@link countReports}).
   * Anything else (`form.checkValidity()`) is a check.
   */
  #onInvalid = (event: Event): void => {
    event.preventDefault();
    const reported = this.#asked ? this.#asked === 'report' : this.#submitClicked || hostReports > 0;
    if (reported) this.options.reveal();
  };

  /**
   * A click on the host form's submit button (also the one Enter clicks) submits right after this
   * event, and the form's own validation reads this element's validity first. Right after typing
   * that validity comes from the typed fields' checks alone: check the whole record now. While the
   * validator loads the record is held invalid, so the click waits for it and submits again after.
   */
  #onClick = (event: MouseEvent): void => {
    // The button itself, also when the click landed on its icon or text (`<button><span>Save</span></button>`).
    const target = event
      .composedPath()
      .find((node): node is HTMLButtonElement | HTMLInputElement => node instanceof HTMLButtonElement || node instanceof HTMLInputElement);
    if (!isSubmitButton(target) || target.form !== this.#form || event === this.#click) return;
    this.#click = event;
    const { options } = this;
    if (!options.pending() || options.inactive()) {
      // The form's validation runs once this event's dispatch is over, in this task.
      this.#submitClicked = true;
      setTimeout(() => (this.#submitClicked = false));
      return void options.flush();
    }
    event.preventDefault();
    this.#resume(() => this.form?.requestSubmit(target));
  };

  /**
   * Enter in one of the element's text, number or date inputs presses its default button, as it would in a plain
   * `<form>`: the element's own submit button, else the host form's first submit button (the platform's implicit
   * submission does not reach inputs in a shadow root). The press is a click, so it goes the way a click goes:
   * held while the record cannot be checked, the problems shown while it has some. Nothing happens when a field
   * took the key itself (a name field of a map editor), while an input method composes, or when that button is
   * disabled.
   */
  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const input = event.composedPath()[0];
    if (!(input instanceof HTMLInputElement) || !submittingInputs.has(input.type) || input.readOnly) return;
    const button = this.options.ownSubmit?.() ?? [...(this.#form?.elements ?? [])].find(isSubmitButton);
    if (!button) return;
    event.preventDefault();
    if (!button.disabled) button.click();
  };

  /**
   * The host form passed its constraint validation, which reads the validity kept up to date field by
   * field. Before its data is collected, check the whole record once more (rules across fields) and
   * stop the submission if that finds problems.
   */
  #onSubmit = (event: SubmitEvent): void => {
    const { options } = this;
    if (options.pending() && !options.inactive()) {
      // The record cannot be checked yet: submit again once the validator has checked it.
      event.preventDefault();
      const { submitter } = event;
      this.#resume(() => this.form?.requestSubmit(submitter));
      return;
    }
    if (options.flush() && !options.inactive()) {
      event.preventDefault();
      options.reveal();
      return;
    }
    // The entry list is built after this event: with the record as it is now.
    if (this.#stale) this.updateValue();
    // The host's own listeners run after this one (microtasks run between listeners): once the
    // dispatch is over, the event was either cancelled or the record is being sent.
    if (!options.inactive())
      setTimeout(() => {
        if (!event.defaultPrevented) options.submitted?.();
      });
  };
}
