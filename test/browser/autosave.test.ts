import { expect, waitUntil } from '@open-wc/testing';
import type { MkForm } from '../../packages/core/src/form/form.js';
import { draftStore } from '../../packages/core/src/drafts/draft-store.js';
import { controlOf, fieldAt } from '../support/fields.js';

/** Loads the autosave page in a frame and returns its form once rendered. */
async function openPage(key: string, frame = document.createElement('iframe')): Promise<{ frame: HTMLIFrameElement; form: MkForm }> {
  frame.title = `autosave ${key}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/autosave.html?key=${key}`;
  if (!frame.isConnected) document.body.append(frame);
  await loaded;
  let form: MkForm | null = null;
  await waitUntil(
    () => (form = frame.contentDocument!.querySelector('mk-form')) && form.shadowRoot?.querySelector('[path="/notes"]'),
    'form rendered',
    { timeout: 5000 },
  );
  await form!.updateComplete;
  return { frame, form: form! };
}

function type(form: MkForm, path: string, text: string): void {
  const input = controlOf(fieldAt(form, path));
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function notice(form: MkForm): HTMLElement | null {
  return form.shadowRoot!.querySelector('[part=draft-notice]');
}

describe('<mk-form autosave>', () => {
  it('restores a draft after a reload with a notice, and discards it on request', async () => {
    const key = `restore-${Date.now()}`;
    const { frame, form } = await openPage(key);
    expect(notice(form)).to.equal(null);
    type(form, '/notes', 'Pupils at the back had no task');
    await waitUntil(async () => (await draftStore.get(key)) !== undefined, 'draft saved', { timeout: 5000 });

    const reloaded = await openPage(key, frame);
    await waitUntil(() => notice(reloaded.form), 'restored notice shown', { timeout: 5000 });
    expect(notice(reloaded.form)!.textContent).to.contain('Restored the draft you were writing');
    expect(reloaded.form.value).to.deep.equal({ observer: 'Anna Berg', fromServer: { id: 7 }, notes: 'Pupils at the back had no task' });

    notice(reloaded.form)!.querySelector('button')!.click();
    await waitUntil(() => !notice(reloaded.form) && !('notes' in (reloaded.form.value as object)), 'draft discarded, record as loaded', {
      timeout: 5000,
    });
    expect(reloaded.form.value).to.deep.equal({ observer: 'Anna Berg', fromServer: { id: 7 } });
    await waitUntil(async () => (await draftStore.get(key)) === undefined, 'draft deleted', { timeout: 5000 });
    frame.remove();
  });

  it('warns before the page closes while changes are unsaved, and not after a submit', async () => {
    const key = `unload-${Date.now()}`;
    const { frame, form } = await openPage(key);
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      frame.contentWindow!.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload(), 'nothing changed yet').to.equal(false);
    type(form, '/notes', 'x');
    expect(unload(), 'unsaved change').to.equal(true);
    await form.submit();
    await waitUntil(() => !unload(), 'warning cleared by the submit', { timeout: 5000 });
    frame.remove();
  });

  it('notices a second tab editing the same draft instead of overwriting it', async () => {
    const key = `tabs-${Date.now()}`;
    const first = await openPage(key);
    const second = await openPage(key);
    type(first.form, '/notes', 'Written in the first tab');
    await waitUntil(() => notice(second.form), 'second tab warned', { timeout: 5000 });
    expect(notice(second.form)!.getAttribute('role')).to.equal('alert');
    expect(notice(second.form)!.textContent).to.contain('being edited in another tab');

    type(second.form, '/notes', 'Written in the second tab');
    await second.form.saveDraft();
    expect((await draftStore.get(key))!.value).to.deep.include({ notes: 'Written in the first tab' });

    notice(second.form)!.querySelector('button')!.click();
    await waitUntil(() => notice(first.form), 'first tab warned after the take-over', { timeout: 5000 });
    await waitUntil(
      async () =>
        (await draftStore.get(key))!.value &&
        ((await draftStore.get(key))!.value as { notes: string }).notes === 'Written in the second tab',
      'the second tab saves after taking over',
      { timeout: 5000 },
    );
    first.frame.remove();
    second.frame.remove();
  });
});
