// A React 19 page around <mk-observation-form>, through the @mentorkit/react wrapper: properties as
// props, events as typed callbacks. Loads a record once, shows save state, saves on a valid submit.
import { useEffect, useRef, useState } from 'react';
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

  // `value` loads a record and resets the form. The wrapper sets props on every render, so pass the
  // record through a ref when it changes, not as a prop (which would undo the user's edits).
  useEffect(() => {
    if (form.current && record) form.current.value = record;
  }, [record]);

  return (
    <main>
      <MkObservationForm
        ref={form}
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
