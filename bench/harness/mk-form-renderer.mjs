import { fromStandalone } from '@mentorkit/schemas';
import { pointerOf } from './controls.mjs';

/**
 * The workload's UI hints, plus `select` for every enum field without a hint. The workloads expect a
 * `<select>` there (as in the static markup), while mk-form's default widget for 4 or fewer choices
 * is a radio group; without the hint the two renderers would not build the same controls.
 */
export function uiHints(workload) {
  const ui = { ...workload.ui };
  for (const field of workload.fields) {
    const dotted = field.path.join('.');
    if (field.type === 'enum' && !(dotted in ui)) ui[dotted] = 'select';
  }
  return ui;
}

/**
 * `<mk-form>` rendering the workload's schema, UI hints and data. Its fields (in its shadow root, each
 * with a `path`) are light fields, their native controls in the form's shadow root; a field element
 * (signature, array) has them in its own shadow root.
 * Keeps only the parts of the workload it needs, so the page's heap holds no more.
 */
export function createMkFormRenderer(container, workload) {
  const { schema, data } = workload;
  const ui = uiHints(workload);
  const typePointer = pointerOf(workload.expect.typePath);
  const errorPointer = pointerOf(workload.expect.errorPath);
  let el;
  let errorField;
  let validator;

  const fields = () => [...el.shadowRoot.querySelectorAll('[path]')];
  const inside = (field) => field.shadowRoot ?? field;
  const fieldAt = (pointer) => {
    const field = fields().find((f) => f.getAttribute('path') === pointer);
    if (!field) throw new Error(`no field with path ${pointer}`);
    return field;
  };
  const fieldError = (field) => {
    const error = inside(field).querySelector('[part=error]');
    return error && !error.hidden && error.textContent.trim() ? error : null;
  };
  const summary = () => el.shadowRoot.querySelector('[part=error-summary]');

  return {
    /**
     * With `?validator=compiled`, loads the workload's precompiled validator (what `mentorkit compile`
     * makes of a schema known at build time) before timing starts; otherwise the form interprets the
     * schema at run time.
     */
    async prepare() {
      if (new URLSearchParams(location.search).get('validator') !== 'compiled') return;
      const url = new URL(`../dist/validators/${workload.id}.js`, location.href).href;
      const module = await import(url);
      validator = fromStandalone(module.default);
    },
    async mount() {
      el = document.createElement('mk-form');
      if (validator) el.validator = validator;
      el.schema = schema;
      el.ui = ui;
      el.value = data;
      container.append(el);
      await el.updateComplete;
      await Promise.all(fields().map((field) => field.updateComplete));
    },
    // Not timed: the runtime validator is a lazily loaded chunk.
    settle: () => el.validationReady,
    controls: () => fields().flatMap((field) => [...inside(field).querySelectorAll('input, textarea, select')]),
    typingTarget() {
      const control = inside(fieldAt(typePointer)).querySelector('textarea, input');
      return { control, state: () => el.store.get(typePointer) };
    },
    async prepareSubmit() {
      await el.validationReady;
      errorField = fieldAt(errorPointer);
    },
    startSubmit() {
      el.shadowRoot.querySelector('[part=submit]').click();
    },
    errorShown() {
      const list = summary();
      return !list.hidden && list.querySelectorAll('li').length === 1 && fieldError(errorField) !== null;
    },
    /** Paths of the fields that show an error, plus an entry when the error summary lists another number. */
    shownErrors() {
      const shown = fields()
        .filter((field) => fieldError(field))
        .map((field) => field.getAttribute('path'));
      const items = summary().querySelectorAll('li').length;
      if (items !== shown.length) shown.push(`(error summary lists ${items})`);
      return shown;
    },
    expectedError: errorPointer,
  };
}
