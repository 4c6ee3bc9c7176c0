// Mounts the page with React 19's client API; the record comes from and goes to the host's API.
import { createRoot } from 'react-dom/client';
import type { ObservationRecord } from '@mentorkit/schemas';
import { ObservationPage } from './observation-page.js';

const url = '/api/observations/example';
const stored = await fetch(url);
const record = stored.ok ? ((await stored.json()) as ObservationRecord) : undefined;
const role = new URLSearchParams(location.search).get('role') === 'observed' ? 'observed' : 'observer';

async function save(value: ObservationRecord): Promise<void> {
  const response = await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
  if (!response.ok) throw new Error(`Not saved: ${response.status}`);
}

createRoot(document.getElementById('root')!).render(
  <ObservationPage record={record} role={role} lang={document.documentElement.lang} save={save} />,
);
