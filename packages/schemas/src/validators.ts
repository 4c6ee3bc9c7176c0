import { schemasOfKind } from './kinds/all.js';
import type { DocumentRole, Kind } from './kinds.js';
import type { SchemaValidator } from './standalone.js';

export { fromStandalone, type SchemaValidator } from './standalone.js';

/** The precompiled (CSP-safe) JSON Schema validator for a kind's record or template schema. */
export function validatorFor(kind: Kind, role: DocumentRole): SchemaValidator {
  const schemas = schemasOfKind[kind];
  return role === 'record' ? schemas.recordSchema : schemas.templateSchema;
}
