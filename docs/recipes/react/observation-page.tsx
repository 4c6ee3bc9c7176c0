// A React 19 page around <mk-observation-form>, through the @mentorkit/react wrapper: properties as
// props, events as typed callbacks. Shows a stored record, the save state, and saves on a valid submit.
// `value` loads a record: the wrapper sets it on every render, and the form ignores the object it
// already holds, so keep the record's identity (state, not a new object per render).
import { useRef, useState } from 'react';
import { MkObservationForm } from '@mentorkit/react';
import type { MkObservationForm as ObservationFormElement } from '@mentorkit/elements';
import type { ObservationRecord } from '@mentorkit/schemas';

export interface ObservationPageProps {
  /** The stored record, or undefined for a new one. */
  record?: ObservationRecord;
  /** Who fills the form in: `observer` or `observed` (the other role's parts are read-only). */
  role: 'observer' | 'observed';
  lang?: string;
  save(record: ObservationRecord): Promise<void>;
}

export function ObservationPage({ record, role, lang = 'en', save }: ObservationPageProps) {
  const form = useRef<ObservationFormElement>(null);
  const [status, setStatus] = useState('');

  return (
    <main>
      <MkObservationForm
        ref={form}
        value={record}
        template="respond-observation"
        role={role}
        lang={lang}
        submitLabel="Save"
        onChange={() => setStatus('Unsaved changes')}
        onMkInvalid={(event) => setStatus(`Not saved: ${event.problems.length} problem(s) to fix`)}
        onMkSubmit={async (event) => {
          event.preventDefault(); // no host <form>: React saves it
          setStatus('Saving…');
          await save(event.value as ObservationRecord);
          await form.current?.clearDraft();
          setStatus('Saved');
        }}
      />
      <p role="status">{status}</p>
    </main>
  );
}
