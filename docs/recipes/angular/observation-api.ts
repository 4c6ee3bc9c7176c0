// The host's own API for observation records: the record comes from it and goes back to it.
import { Injectable } from '@angular/core';
import type { ObservationRecord } from '@mentorkit/schemas';

@Injectable({ providedIn: 'root' })
export class ObservationApi {
  readonly url = '/api/observations/example';

  async load(): Promise<ObservationRecord | undefined> {
    const response = await fetch(this.url);
    return response.ok ? ((await response.json()) as ObservationRecord) : undefined;
  }

  async save(record: ObservationRecord): Promise<void> {
    const response = await fetch(this.url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(record),
    });
    if (!response.ok) throw new Error(`Not saved: ${response.status}`);
  }
}
