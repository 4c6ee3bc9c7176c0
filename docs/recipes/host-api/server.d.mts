import type { ObservationRecord } from '@mentorkit/schemas';

export function startHost(options?: {
  port?: number;
  initial?: Record<string, unknown>;
}): Promise<{ url: string; records: Map<string, ObservationRecord>; close(): Promise<void> }>;
