import type { ObservationRecord, ValidationError } from '@mentorkit/schemas';

/** A posted record (undefined when the field was missing or not JSON) and its problems. */
export interface Received {
  record: ObservationRecord;
  errors: ValidationError[];
}

export function parseObservation(body: string): Received;
export function startPortal(options?: { port?: number }): Promise<{ url: string; received: Received[]; close(): Promise<void> }>;
