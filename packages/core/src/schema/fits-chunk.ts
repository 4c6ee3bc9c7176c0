// `fits` and the field tree's alternatives and conditions, one chunk that a form loads for a schema with conditions,
// alternatives or property names (fits-engine.ts).
export { fits } from './fits.js';
export { alternatives, typeAlternatives } from './alternatives-tree.js';
export { conditionalNames, objectConditions } from './conditions-tree.js';
// Folding `$ref` and `allOf` into the schema a node shows, and resolving a reference.
export { foldSchema } from './fold-schema.js';
export { resolveRef } from './resolve-ref.js';
// And the template that shows a condition's fields while it holds.
export { renderConditions } from '../widgets/conditions.js';
// The form that loads this chunk: keeps the code they share in one file of the form's (widgets/lazy.ts).
export { MkForm as loadedBy } from '../define/form.js';
