// The run-time validator as `<mk-form>` loads it (record-validation-controller.ts).
export * from './runtime-validator.js';

// The form that loads this chunk: keeps the code they share in one file of the form's (widgets/lazy.ts).
export { MkForm as loadedBy } from '../define/form.js';
