import { expect, waitUntil } from '@open-wc/testing';
import { Autosave } from './autosave.js';
import { draftStore } from './draft-store.js';

/** One tab's autosave of `key`, with what it was told. */
function tab(key: string, record: { notes: string }) {
  const told: string[] = [];
  const autosave = new Autosave(key, () => record, {
    restored: () => told.push('restored'),
    conflict: () => told.push('conflict'),
    failed: () => told.push('failed'),
    saved: () => told.push('saved'),
  });
  return { autosave, told };
}

describe('Autosave across tabs', () => {
  it('a tab that took over stays the writer when a save the other tab made before that arrives late', async () => {
    const key = `autosave-test-${crypto.randomUUID()}`;
    const first = tab(key, { notes: 'first' });
    const second = tab(key, { notes: 'second' });
    try {
      await first.autosave.flush();
      await waitUntil(() => second.autosave.paused, 'the second tab stops writing');
      // The first tab saves again; its message is still on its way when the second tab takes over.
      await first.autosave.flush();
      second.autosave.takeOver();
      await waitUntil(() => first.autosave.paused, 'the take-over reached the first tab');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(second.autosave.paused, 'still the writer').to.equal(false);
      expect(second.told.filter((t) => t === 'conflict')).to.have.length(1);
    } finally {
      first.autosave.dispose();
      second.autosave.dispose();
      await draftStore.delete(key);
    }
  });
});
