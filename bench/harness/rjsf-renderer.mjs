import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { createElement, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';

/** The workload's dotted UI hints as RJSF's nested uiSchema (`"points.p0001.rating": "radio"` → `ui:widget`). */
export function uiSchemaOf(ui) {
  const uiSchema = {};
  for (const [dotted, widget] of Object.entries(ui)) {
    let target = uiSchema;
    for (const key of dotted.split('.')) target = target[key] ??= {};
    target['ui:widget'] = widget;
  }
  return uiSchema;
}

const fieldId = (path) => ['root', ...path].join('_');

/**
 * RJSF 6 (`@rjsf/core` with `@rjsf/validator-ajv8`, its default theme) rendering the workload's schema,
 * UI hints and data, uncontrolled: the form keeps the record in its own state. Live validation is off
 * (its default), native validation is off (`noHtml5Validate`, as the static form is `novalidate`), and
 * a submit shows RJSF's own error list at the top and each error under its field.
 */
export function createRjsfRenderer(container, workload) {
  const { schema, data } = workload;
  const uiSchema = uiSchemaOf(workload.ui);
  const typePath = workload.expect.typePath;
  const errorId = `${fieldId(workload.expect.errorPath)}__error`;
  const form = createRef();
  let root;

  const fieldErrors = () => [...container.querySelectorAll('ul.error-detail')];
  const listed = () => container.querySelectorAll('.errors li').length;

  return {
    mount() {
      root = createRoot(container);
      // Rendered and committed synchronously: the fastest way React has to put a tree in the DOM.
      flushSync(() =>
        root.render(
          createElement(Form, { ref: form, schema, uiSchema, formData: data, validator, noHtml5Validate: true, showErrorList: 'top' }),
        ),
      );
    },
    // Not timed: validator-ajv8 compiles the schema on its first validation; done here, as mk-form's and
    // the Lit form's validators are ready before the submit is timed.
    settle() {
      validator.validateFormData(data, schema);
    },
    controls: () => [...container.querySelectorAll('input, textarea, select')],
    typingTarget() {
      const control = document.getElementById(fieldId(typePath));
      return { control, state: () => typePath.reduce((value, key) => value?.[key], form.current.state.formData) };
    },
    prepareSubmit: () => undefined,
    startSubmit() {
      container.querySelector('button[type=submit]').click();
    },
    errorShown: () => listed() === 1 && !!document.getElementById(errorId)?.textContent.trim(),
    /** Ids of the fields' error lists that are shown, plus an entry when the error list at the top has another number. */
    shownErrors() {
      const shown = fieldErrors().map((list) => list.id);
      if (listed() !== shown.length) shown.push(`(error list has ${listed()})`);
      return shown;
    },
    expectedError: errorId,
  };
}
