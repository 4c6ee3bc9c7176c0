// Loads a record from the host's API into <mk-observation-form>, saves it back on submit, and keeps
// a draft in this browser between the two.
import '@mentorkit/elements/define/observation-form.js';

const form = document.querySelector('mk-observation-form');
const status = document.getElementById('save-status');
const id = new URLSearchParams(location.search).get('id') ?? 'new';
const url = `/api/observations/${encodeURIComponent(id)}`;

// Value in: a stored record (or nothing, for a new one).
const stored = await fetch(url);
if (stored.ok) form.value = await stored.json();

// Autosave after loading: a newer draft of this record in this browser then wins, with a notice.
form.autosave = `observation-${id}`;

// `change` bubbles out of the element whenever a field's change is committed.
form.addEventListener('change', () => (status.textContent = 'Unsaved changes'));

// `mk-submit` fires only for a valid record; `event.value` is the record.
form.addEventListener('mk-submit', async (event) => {
  event.preventDefault(); // no host <form> to submit: the page saves the record itself
  status.textContent = 'Saving…';
  const response = await fetch(url, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event.value),
  });
  if (!response.ok) {
    const { errors } = await response.json();
    status.textContent = `Not saved: the server found ${errors.length} problem(s).`;
    return;
  }
  form.value = await response.json(); // the server's copy, with its updatedAt
  await form.clearDraft(); // stored by the host: the draft in this browser is no longer needed
  status.textContent = 'Saved';
});
