import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The one-LitElement form's validator: Ajv, compiled from the schema before timing starts (or, with
 * `?validator=compiled`, the workload's precompiled module, as mk-form gets). Returns a function from
 * a record to its problems, each at the JSON Pointer of the field it belongs to.
 */
export async function litFormValidator(workload) {
  let validate;
  if (new URLSearchParams(location.search).get('validator') === 'compiled') {
    const module = await import(new URL(`../dist/validators/${workload.id}.js`, location.href).href);
    validate = module.default;
  } else {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validate = ajv.compile(workload.schema);
  }
  return (data) =>
    validate(data)
      ? []
      : validate.errors.map((error) => ({
          pointer: error.keyword === 'required' ? `${error.instancePath}/${error.params.missingProperty}` : error.instancePath,
          message: error.message ?? error.keyword,
        }));
}
