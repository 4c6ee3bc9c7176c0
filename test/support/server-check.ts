// The page side of the `server-check` test-runner command (server-check-plugin.mjs): a record checked in Node by
// @mentorkit/schemas, as a school's server checks what an element submits.
import { executeServerCommand } from '@web/test-runner-commands';
import type { ValidationError } from '@mentorkit/schemas';

export interface ServerVerdict {
  /** validateRecord's errors. */
  errors: ValidationError[];
  /** validateSeals' errors: every change after signing, where it happened, with the signed value. */
  seals: ValidationError[];
}

/** The record as a server receives it (JSON) and what validateRecord and validateSeals say of it there. */
export async function serverCheck(record: unknown): Promise<ServerVerdict> {
  return (await executeServerCommand('server-check', { json: JSON.stringify(record) })) as ServerVerdict;
}
