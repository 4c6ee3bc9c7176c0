// The pattern engine as `<mk-form>` loads it (pattern-engine.ts).
export * from '@mentorkit/schemas/safe-pattern.js';

// The form that loads this chunk: keeps the code they share in one file of the form's (widgets/lazy.ts).
export { MkForm as loadedBy } from '../form/form.js';
