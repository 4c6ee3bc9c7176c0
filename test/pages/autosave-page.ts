// A page with one autosaving form, reloaded by test/browser/autosave.test.ts. The draft key comes
// from the page's query string so that tests do not share drafts.
import '@mentorkit/core/define/form.js';

const key = new URLSearchParams(location.search).get('key') ?? 'autosave-test';
const form = document.createElement('mk-form');
form.autosave = key;
form.schema = {
  type: 'object',
  properties: { observer: { type: 'string', title: 'Observer' }, notes: { type: 'string', title: 'Notes' } },
};
form.value = { observer: 'Anna Berg', fromServer: { id: 7 } };
document.getElementById('stage')!.append(form);
