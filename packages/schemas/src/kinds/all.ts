import type { Kind } from '../kinds.js';
import { agreementSchemas } from './agreement.js';
import type { KindSchemas } from './kind-schemas.js';
import { observationSchemas } from './observation.js';
import { planSchemas } from './plan.js';
import { rubricSchemas } from './rubric.js';

export const schemasOfKind: { [K in Kind]: KindSchemas<K> } = {
  observation: observationSchemas,
  agreement: agreementSchemas,
  rubric: rubricSchemas,
  plan: planSchemas,
};
