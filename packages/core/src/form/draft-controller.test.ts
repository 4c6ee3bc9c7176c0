import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { draftStore } from '../drafts/draft-store.js';
import { FormStore } from '../store/form-store.js';
import { DraftController } from './draft-controller.js';

/** A bare host with a store and drafts under `key`; counts how often it was asked to reload its record. */
class DraftHost extends LitElement {
  static override properties = { key: {} };
  key = '';
  store = new FormStore({ observer: 'Anna' });
  reloads = 0;
  readOnlyChanges = 0;
  drafts = new DraftController(this, {
    store: this.store,
    key: () => this.key,
    reload: () => this.reloads++,
    initial: () => ({ observer: 'Anna' }),
    readOnlyChanged: () => this.readOnlyChanges++,
  });
}
customElements.define('test-draft-host', DraftHost);

const unique = (name: string) => `${name}-${Date.now()}-${Math.random()}`;

function closing(): Event {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

describe('DraftController', () => {
  it('saves a draft of an edited record under its key', async () => {
    const key = unique('save');
    const el = await fixture<DraftHost>(html`<test-draft-host .key=${key}></test-draft-host>`);
    el.store.set('/notes', 'Pupils at the back had no task');
    await waitUntil(async () => (await draftStore.get(key))?.value !== undefined, 'draft saved', { timeout: 5000 });
    expect((await draftStore.get(key))!.value).to.deep.equal({ observer: 'Anna', notes: 'Pupils at the back had no task' });
  });

  it('restores a saved draft with a notice, and discards it on request', async () => {
    const key = unique('restore');
    await draftStore.put({ key, value: { observer: 'Bo' }, savedAt: new Date().toISOString(), tab: 'another' });
    const el = await fixture<DraftHost>(html`<test-draft-host .key=${key}></test-draft-host>`);
    await waitUntil(() => el.drafts.notice, 'notice');
    expect(el.drafts.notice!.kind).to.equal('restored');
    expect(el.store.value).to.deep.equal({ observer: 'Bo' });
    await el.drafts.discard();
    expect(el.drafts.notice).to.equal(undefined);
    expect(el.reloads).to.equal(1);
    expect(await draftStore.get(key)).to.equal(undefined);
  });

  it('warns before the page closes only when edits could not be kept in a draft', async () => {
    const el = await fixture<DraftHost>(html`<test-draft-host .key=${unique('unload')}></test-draft-host>`);
    expect(closing().defaultPrevented, 'nothing edited').to.equal(false);
    el.store.set('/notes', 'x');
    expect(closing().defaultPrevented, 'edited, and the draft keeps it').to.equal(false);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      el.store.set('/notes', 'y');
      await el.drafts.save();
      await waitUntil(() => el.drafts.notice?.kind === 'failed', 'failure shown');
      expect(el.drafts.notice).to.deep.equal({ kind: 'failed', cause: 'full', error: 'QuotaExceededError: The quota has been exceeded.' });
      expect(closing().defaultPrevented, 'edits no draft could keep').to.equal(true);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    await el.drafts.save();
    await waitUntil(() => el.drafts.notice === undefined, 'saved again: the failure is over');
    expect(closing().defaultPrevented, 'saved').to.equal(false);
    el.remove();
    expect(closing().defaultPrevented, 'form left the page').to.equal(false);
  });

  it('saves what was typed at once when the page goes away in the middle of typing', async () => {
    const key = unique('pagehide');
    const el = await fixture<DraftHost>(html`<test-draft-host .key=${key}></test-draft-host>`);
    el.store.set('/notes', 'First words');
    await waitUntil(async () => (await draftStore.get(key))?.value !== undefined, 'first draft saved', { timeout: 5000 });
    el.store.set('/notes', 'Typed just before the reload');
    window.dispatchEvent(new Event('pagehide'));
    // The save starts now, not after the pause in typing (400 ms) that autosave waits for.
    await waitUntil(
      async () => ((await draftStore.get(key))?.value as { notes?: string }).notes === 'Typed just before the reload',
      'draft saved at once',
      { timeout: 250, interval: 10 },
    );
    expect((await draftStore.get(key))!.value).to.deep.equal({ observer: 'Anna', notes: 'Typed just before the reload' });
  });

  it('restores the draft a page unload left in sessionStorage (newer than the stored one), and stores it', async () => {
    const key = unique('unloaded');
    await draftStore.put({ key, value: { observer: 'Old' }, savedAt: '2026-01-01T00:00:00.000Z', tab: 'another' });
    sessionStorage.setItem(
      `mentorkit-draft:${key}`,
      JSON.stringify({ key, value: { observer: 'Typed at unload' }, savedAt: new Date().toISOString(), tab: 'gone' }),
    );
    const el = await fixture<DraftHost>(html`<test-draft-host .key=${key}></test-draft-host>`);
    await waitUntil(() => el.drafts.notice, 'notice');
    expect(el.store.value).to.deep.equal({ observer: 'Typed at unload' });
    expect(sessionStorage.getItem(`mentorkit-draft:${key}`)).to.equal(null);
    expect((await draftStore.get(key))!.value).to.deep.equal({ observer: 'Typed at unload' });
  });

  it('keeps no draft without a key, and stops saving when the key is removed', async () => {
    const key = unique('off');
    const el = await fixture<DraftHost>(html`<test-draft-host></test-draft-host>`);
    el.store.set('/notes', 'x');
    expect(closing().defaultPrevented).to.equal(false);
    el.key = key;
    await el.updateComplete;
    await el.drafts.save();
    await waitUntil(async () => (await draftStore.get(key)) !== undefined, 'saved once keyed', { timeout: 5000 });
    await draftStore.delete(key);
    el.key = '';
    await el.updateComplete;
    el.store.set('/notes', 'y');
    await el.drafts.save();
    expect(await draftStore.get(key)).to.equal(undefined);
  });
});
