// An Angular page around <mk-observation-form>, used directly: CUSTOM_ELEMENTS_SCHEMA lets the
// template use mk-* tags and bind their properties and events. `[value]` in, `(change)` and
// `(mk-submit)` out; the record is kept in a signal.
import { Component, CUSTOM_ELEMENTS_SCHEMA, inject, signal } from '@angular/core';
import type { MkInvalidEvent, MkSubmitEvent } from '@mentorkit/core';
import type { MkObservationForm } from '@mentorkit/elements';
import type { ObservationRecord } from '@mentorkit/schemas';
import { ObservationApi } from './observation-api.js';

@Component({
  selector: 'app-observation-page',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <mk-observation-form
        template="respond-observation"
        submit-label="Save"
        [attr.user-role]="role"
        [value]="record()"
        (change)="changed($event)"
        (mk-invalid)="invalid($event)"
        (mk-submit)="submitted($event)"
      ></mk-observation-form>
      <p role="status">{{ status() }}</p>
    </main>
  `,
})
export class ObservationPage {
  readonly role = new URLSearchParams(location.search).get('role') ?? '';
  readonly record = signal<ObservationRecord | undefined>(undefined);
  readonly status = signal('');
  readonly #api = inject(ObservationApi);

  constructor() {
    void this.#api.load().then((record) => this.record.set(record));
  }

  changed(event: Event): void {
    // The element's value is the live record. Binding it back is safe: the form does not reload
    // the record it already holds.
    this.record.set((event.currentTarget as MkObservationForm).value as ObservationRecord);
    this.status.set('Unsaved changes');
  }

  invalid(event: Event): void {
    this.status.set(`Not saved: ${(event as MkInvalidEvent).problems.length} problem(s) to fix`);
  }

  async submitted(event: Event): Promise<void> {
    const submit = event as MkSubmitEvent;
    const form = submit.currentTarget as MkObservationForm; // read before the first await
    submit.preventDefault(); // no host <form>: the page saves through its API
    this.status.set('Saving…');
    await this.#api.save(submit.value as ObservationRecord);
    await form.clearDraft();
    this.status.set('Saved');
  }
}
