// A page with one autosaving form, reloaded by test/browser/autosave.test.ts. The query string says
// how: `key` (the draft key, so tests do not share drafts), `late=ms` (the host sets the record that
// long after mount, like a fetch; `late-record=changed` sets a different one), `fail=quota` or
// `fail=no-idb` (the browser cannot keep drafts), `host=1` (inside a host form with its own button).
import '@mentorkit/core/define/form.js';

const params = new URLSearchParams(location.search);
const key = params.get('key') ?? 'autosave-test';
if (params.get('fail') === 'quota')
  IDBObjectStore.prototype.put = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
if (params.get('fail') === 'no-idb') Object.defineProperty(window, 'indexedDB', { value: undefined });

const record = { observer: 'Anna Berg', fromServer: { id: 7 } };
const form = document.createElement('mk-form');
form.autosave = key;
form.schema = {
  type: 'object',
  properties: { observer: { type: 'string', title: 'Observer' }, notes: { type: 'string', title: 'Notes' } },
};
const late = params.get('late');
if (late === null) form.value = record;
else
  setTimeout(() => {
    form.value = params.get('late-record') === 'changed' ? { ...record, observer: 'Changed on the server' } : structuredClone(record);
  }, Number(late));

const stage = document.getElementById('stage')!;
if (params.get('host')) {
  const host = document.createElement('form');
  // Sent back to this page (GET, so the static test server answers it), as a portal's save would reload it.
  host.action = location.pathname;
  host.method = 'get';
  for (const [name, value] of [
    ['key', key],
    ['host', '1'],
  ]) {
    const input = document.createElement('input');
    Object.assign(input, { type: 'hidden', name, value });
    host.append(input);
  }
  form.noSubmit = true;
  form.name = 'observation';
  const button = document.createElement('button');
  button.textContent = 'Save';
  host.append(form, button);
  stage.append(host);
} else stage.append(form);
