import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/core/define/form.js';
import type { MkForm } from '@mentorkit/core';
import { draftStore } from '@mentorkit/core/drafts/draft-store.js';

// The draft notices of a form with `autosave` (see docs/security.md, "Drafts"), each reached the way a
// user meets it: a draft in this browser, a record the host loaded after it, another tab writing, a
// browser that cannot keep drafts.

const schema = {
  type: 'object',
  title: 'Lesson observation',
  properties: {
    observer: { type: 'string', title: 'Observer' },
    notes: { type: 'string', title: 'Notes' },
  },
};
const ui = { notes: 'textarea' };
const savedAt = '2026-11-30T15:04:00.000Z';
const loaded = { observer: 'Kari Nordmann', notes: 'Pupils worked in pairs.' };

/** A draft of `key` as this browser would hold it, written before the story renders. */
async function seed(key: string, draft: { value: unknown; base?: unknown } | undefined): Promise<void> {
  if (draft) await draftStore.put({ key, savedAt, tab: 'an earlier visit', ...draft });
  else await draftStore.delete(key);
}

/** Waits (up to 5 s) until the form shows a draft notice, doing `poke` meanwhile. */
async function noticeShown(form: MkForm, poke: () => void = () => {}): Promise<void> {
  for (let i = 0; i < 100 && !form.shadowRoot?.querySelector('[part=draft-notice]'); i++) {
    poke();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const formIn = (canvas: HTMLElement) => canvas.querySelector('mk-form')!;

const meta: Meta = {
  title: 'Engine/Form drafts',
  component: 'mk-form',
  render: (a) => html`<mk-form autosave=${a['key']} .schema=${schema} .ui=${ui} .value=${a['value']}></mk-form>`,
};
export default meta;
type Story = StoryObj;

/** A draft from an earlier visit came back: the notice says when it was saved and offers to discard it. */
export const DraftRestored: Story = {
  args: { key: 'storybook-draft-restored', value: loaded },
  beforeEach: () =>
    seed('storybook-draft-restored', { value: { ...loaded, notes: 'Pupils worked in pairs. Typed before the reload.' }, base: loaded }),
  play: async ({ canvasElement }) => noticeShown(formIn(canvasElement)),
};

/** The host loaded a record other than the one the draft started from: the user keeps the draft or takes the record. */
export const DraftOlderThanLoadedRecord: Story = {
  args: { key: 'storybook-draft-newer', value: { ...loaded, notes: 'Pupils worked in pairs. Edited on the server.' } },
  beforeEach: () => seed('storybook-draft-newer', { value: { ...loaded, notes: 'Pupils worked in pairs. My draft.' }, base: loaded }),
  play: async ({ canvasElement }) => noticeShown(formIn(canvasElement)),
};

/** Another tab writes this draft: this one is read-only, with a button to take over. */
export const DraftInAnotherTab: Story = {
  args: { key: 'storybook-draft-conflict', value: loaded },
  beforeEach: () => seed('storybook-draft-conflict', undefined),
  play: async ({ canvasElement }) => {
    // What another tab's autosave announces when it saves this key.
    const channel = new BroadcastChannel('mentorkit-drafts');
    await noticeShown(formIn(canvasElement), () =>
      channel.postMessage({ type: 'saved', key: 'storybook-draft-conflict', tab: 'storybook-other-tab' }),
    );
    channel.close();
  },
};

/** The browser cannot keep the draft (storage full): the record stays in memory, offered as a file. */
export const DraftStorageFailed: Story = {
  args: { key: 'storybook-draft-failed', value: loaded },
  beforeEach: () => seed('storybook-draft-failed', undefined),
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await form.updateComplete;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      form.store.set('/notes', 'Pupils worked in pairs. Typed while the disk was full.');
      await noticeShown(form, () => void form.saveDraft());
    } finally {
      IDBObjectStore.prototype.put = put;
    }
  },
};
