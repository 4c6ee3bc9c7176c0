// A page with one autosaving form, reloaded by test/browser/autosave.test.ts. The query string says
// how: `key` (the draft key, so tests do not share drafts), `late=ms` (the host sets the record that
// long after mount, like a fetch; `late-record=changed` sets a different one), `fail=quota` or
// `fail=no-idb` (the browser cannot keep drafts), `host=1` (inside a host form with its own button),
// `element=<tag>` (one of the document elements with its built-in `template`, and `step` for a plan step,
// instead of <mk-form> with its schema and record).
import '@mentorkit/core/define/form.js';
import '@mentorkit/elements/define/all.js';

const params = new URLSearchParams(location.search);
const key = params.get('key') ?? 'autosave-test';
if (params.get('fail') === 'quota')
  IDBObjectStore.prototype.put = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
if (params.get('fail') === 'no-idb') Object.defineProperty(window, 'indexedDB', { value: undefined });

const record = { observer: 'Anna Berg', fromServer: { id: 7 } };
const element = params.get('element');
const form = document.createElement(element ?? 'mk-form') as HTMLElementTagNameMap['mk-form'];
form.autosave = key;
if (element) {
  form.setAttribute('template', params.get('template')!);
  if (params.get('step')) form.setAttribute('step', params.get('step')!);
} else
  form.schema = {
    type: 'object',
    properties: { observer: { type: 'string', title: 'Observer' }, notes: { type: 'string', title: 'Notes' } },
  };
const late = params.get('late');
// A document element starts a new record (nothing set); <mk-form> loads the host's record, now or late.
if (!element && late === null) form.value = record;
else if (!element)
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
