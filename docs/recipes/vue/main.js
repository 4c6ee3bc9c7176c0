// Mounts the page; the record comes from and goes to the host's API.
import '@mentorkit/elements/define/observation-form.js';
import { createApp } from 'vue';
import ObservationPage from './ObservationPage.vue';

const url = '/api/observations/example';
const stored = await fetch(url);
const record = stored.ok ? await stored.json() : undefined;
const role = new URLSearchParams(location.search).get('role') ?? '';

async function save(value) {
  const response = await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
  if (!response.ok) throw new Error(`Not saved: ${response.status}`);
}

createApp(ObservationPage, { record, role, save }).mount('#app');
