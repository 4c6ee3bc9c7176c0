const controlId = (path) => 'x_' + path.join('_');

/**
 * The baseline: the workload's hand-written markup, inserted with innerHTML. On submit it does
 * what native validation can do at best: `checkValidity()` on every control and a message after
 * each invalid one. Keeps only the parts of the workload it needs, so the page's heap holds no more.
 */
export function createStaticRenderer(container, workload) {
  const { html } = workload.static;
  const typeId = controlId(workload.expect.typePath);
  const errorId = controlId(workload.expect.errorPath);
  let form;

  function showNativeErrors(event) {
    event.preventDefault();
    for (const control of form.elements) {
      if (control.checkValidity()) continue;
      const message = document.createElement('p');
      message.className = 'error';
      message.textContent = control.validationMessage;
      control.after(message);
    }
  }

  return {
    mount() {
      container.innerHTML = html;
      form = container.querySelector('form');
    },
    settle: () => undefined,
    controls: () => [...container.querySelectorAll('input, textarea, select')],
    typingTarget() {
      const control = document.getElementById(typeId);
      return { control, state: () => control.value };
    },
    prepareSubmit() {
      form.addEventListener('submit', showNativeErrors);
    },
    startSubmit() {
      form.requestSubmit();
    },
    errorShown: () => container.querySelector('.error') !== null,
    /** Ids of the controls that show an error. */
    shownErrors: () => [...container.querySelectorAll('.error')].map((error) => error.previousElementSibling?.id),
    expectedError: errorId,
  };
}
