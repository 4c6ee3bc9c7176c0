import { pointerOf } from './controls.mjs';
import { litFormValidator } from './lit-form-validator.mjs';
import { schemaTree, valueAt } from './schema-fields.mjs';

/**
 * The one-LitElement form (`<bench-lit-form>`, see lit-form.mjs) rendering the workload's schema, UI
 * hints and data. Its controls are in its shadow root. Keeps only the parts of the workload it needs.
 */
export function createLitFormRenderer(container, workload) {
  const tree = schemaTree(workload.schema, workload.ui);
  const data = structuredClone(workload.data);
  const typePath = workload.expect.typePath;
  const errorPointer = pointerOf(workload.expect.errorPath);
  const errorName = workload.expect.errorPath.join('.');
  let validate;
  let el;

  const shown = () => [...el.shadowRoot.querySelectorAll('.error')];
  const fieldName = (error) => error.parentElement.querySelector('[name]')?.name;

  return {
    async prepare() {
      validate = await litFormValidator(workload);
    },
    async mount() {
      el = document.createElement('bench-lit-form');
      el.tree = tree;
      el.data = data;
      el.validate = validate;
      container.append(el);
      await el.updateComplete;
    },
    settle: () => undefined,
    controls: () => [...el.shadowRoot.querySelectorAll('input, textarea, select')],
    typingTarget() {
      const control = el.shadowRoot.querySelector(`[name="${typePath.join('.')}"]`);
      return { control, state: () => valueAt(el.data, typePath) };
    },
    prepareSubmit: () => undefined,
    startSubmit() {
      el.shadowRoot.querySelector('button[type=submit]').click();
    },
    errorShown: () => shown().some((error) => fieldName(error) === errorName),
    /** Pointers of the fields that show an error. */
    shownErrors: () => shown().map((error) => (fieldName(error) === errorName ? errorPointer : fieldName(error))),
    expectedError: errorPointer,
  };
}
