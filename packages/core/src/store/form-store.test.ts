import { expect } from '@open-wc/testing';
import type { Problem } from '../validation/problem.js';
import { FormStore } from './form-store.js';

const missing = (pointer: string): Problem => ({ pointer, keyword: 'required', key: 'valueMissing', params: {} });

/** A watcher that writes down what it is told, under its name. */
const watcher = (name: string, heard: string[]) => ({
  valueChanged: () => heard.push(`${name} value`),
  problemsChanged: () => heard.push(`${name} problems`),
});

describe('FormStore', () => {
  describe('values', () => {
    it('reads and writes by JSON Pointer, in place', () => {
      const record = { a: { b: 1 } };
      const store = new FormStore(record);
      store.set('/a/c', 'x');
      expect(store.get('/a/c')).to.equal('x');
      expect(store.value).to.equal(record);
      expect(record).to.deep.equal({ a: { b: 1, c: 'x' } });
    });

    it('calls a replaced document’s beforeWrite once, before its first write, and not for a document replaced after it', () => {
      const loaded = { a: 1 };
      const store = new FormStore({});
      const seen: unknown[] = [];
      store.replace(loaded, { beforeWrite: () => seen.push(structuredClone(store.value)) });
      expect(store.get('/a')).to.equal(1);
      expect(seen, 'reading writes nothing').to.deep.equal([]);
      store.set('/a', 2);
      store.set('/b', 3);
      expect(seen, 'once, with the document as it was').to.deep.equal([{ a: 1 }]);
      store.replace({ c: 1 }, { beforeWrite: () => seen.push('second') });
      store.replace({ d: 1 });
      store.set('/d', 2);
      expect(seen, 'the second document was replaced before any write').to.deep.equal([{ a: 1 }]);
    });

    it('tells only the watchers of the written pointer, never the writer itself', () => {
      const store = new FormStore({});
      const heard: string[] = [];
      const writer = watcher('writer', heard);
      store.watch('/a', writer);
      store.watch('/a', watcher('other at /a', heard));
      store.watch('/b', watcher('/b', heard));
      store.watch('/a/x', watcher('/a/x', heard));
      store.set('/a', 'v', { from: writer });
      expect(heard).to.deep.equal(['other at /a value']);
    });

    it('tells every watcher at or below a subtree write (an array reordered), and none beside it', () => {
      const store = new FormStore({ list: ['a', 'b'] });
      const heard: string[] = [];
      for (const pointer of ['/list', '/list/0', '/list/1', '/listing']) store.watch(pointer, watcher(pointer, heard));
      store.set('/list', ['b', 'a'], { subtree: true });
      expect(heard).to.deep.equal(['/list value', '/list/0 value', '/list/1 value']);
    });

    it('tells every watcher and change listener when the whole record is replaced', () => {
      const store = new FormStore({ a: 1 });
      const heard: string[] = [];
      store.watch('/a', watcher('/a', heard));
      store.watch('/b/c', watcher('/b/c', heard));
      store.onChange((pointer) => heard.push(`change ${JSON.stringify(pointer)}`));
      store.replace({ a: 2 });
      expect(heard).to.deep.equal(['/a value', '/b/c value', 'change ""']);
      expect(store.get('/a')).to.equal(2);
    });

    it('stops telling a watcher once it unwatches, and a change listener once it stops', () => {
      const store = new FormStore({});
      const heard: string[] = [];
      const a = watcher('a', heard);
      store.watch('/a', a);
      const stopChanges = store.onChange(() => heard.push('change'));
      store.unwatch('/a', a);
      stopChanges();
      store.set('/a', 1);
      expect(heard).to.deep.equal([]);
    });

    it('never writes through a key to a prototype', () => {
      const store = new FormStore({});
      store.set('/__proto__/polluted', true);
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect(Object.hasOwn(store.value as object, '__proto__')).to.equal(true);
    });
  });

  describe('problems', () => {
    it('notifies only the pointers whose problems changed, and those with problems when revealed', () => {
      const store = new FormStore({});
      const heard: string[] = [];
      for (const pointer of ['/a', '/b', '/c']) store.watch(pointer, watcher(pointer, heard));
      store.setProblems([missing('/a'), missing('/b')]);
      expect(heard).to.deep.equal(['/a problems', '/b problems']);
      heard.length = 0;
      store.setProblems([missing('/a')]);
      expect(heard, 'only /b changed').to.deep.equal(['/b problems']);
      heard.length = 0;
      store.setProblems([missing('/a')], { reveal: true });
      expect(heard, 'revealed: the fields with problems show them now').to.deep.equal(['/a problems']);
      expect(store.revealed).to.equal(true);
      expect(store.problemsAt('/a')).to.deep.equal([missing('/a')]);
      expect(store.problems).to.deep.equal([missing('/a')]);
    });

    it("reveals a loaded record's problems as listed only, until a submit reveals them all", () => {
      const store = new FormStore({});
      const heard: string[] = [];
      store.watch('/a', watcher('/a', heard));
      store.setProblems([missing('/a')], { reveal: 'listed' });
      expect([store.revealed, store.revealedListedOnly]).to.deep.equal([true, true]);
      heard.length = 0;
      store.setProblems([missing('/a')], { reveal: true });
      expect([store.revealed, store.revealedListedOnly]).to.deep.equal([true, false]);
      expect(heard, 'the fields read again what they show').to.deep.equal(['/a problems']);
      store.setProblems([], { reveal: false });
      expect([store.revealed, store.revealedListedOnly]).to.deep.equal([false, false]);
    });

    it('files a problem under the field that shows it (fieldFor)', () => {
      const store = new FormStore({});
      store.fieldFor = (pointer) => (pointer === '/observer' ? '/observer/name' : pointer);
      store.setProblems([missing('/observer')]);
      expect(store.problemsAt('/observer')).to.deep.equal([]);
      expect(store.problemsAt('/observer/name')).to.deep.equal([missing('/observer')]);
    });
  });

  describe('watchers', () => {
    it('tells the watchers of a pointer of its value and problems, never the writer, until they stop', () => {
      const store = new FormStore({});
      const heard: string[] = [];
      const [a, b, c] = [watcher('a', heard), watcher('b', heard), watcher('c', heard)];
      store.watch('/x', a);
      store.watch('/x', b);
      store.watch('/x', b);
      store.watch('/y', c);
      store.set('/x', 1, { from: a });
      expect(heard).to.deep.equal(['b value']);
      store.setProblems([missing('/x')], { reveal: true });
      expect(heard).to.deep.equal(['b value', 'a problems', 'b problems']);
      store.unwatch('/x', b);
      store.set('/x', 2);
      store.unwatch('/x', a);
      store.set('/x', 3);
      store.replace({ x: 4 });
      expect(heard).to.deep.equal(['b value', 'a problems', 'b problems', 'a value', 'c value']);
    });

    it('tells a watcher that shows no problems only of values', () => {
      const store = new FormStore({});
      const heard: string[] = [];
      store.watch('/x', { valueChanged: () => heard.push('value') });
      store.setProblems([missing('/x')], { reveal: true });
      store.set('/x', 1);
      expect(heard).to.deep.equal(['value']);
    });

    it('tells every watcher of a pointer even when one of them stops watching while it is told', () => {
      const store = new FormStore({});
      const heard: string[] = [];
      const b = watcher('b', heard);
      store.watch('/x', { valueChanged: () => (heard.push('a value'), store.unwatch('/x', b)) });
      store.watch('/x', b);
      store.set('/x', 1);
      store.set('/x', 2);
      expect(heard).to.deep.equal(['a value', 'b value', 'a value']);
    });
  });

  describe('read-only pointers', () => {
    it('makes a pointer and everything below it read-only, and nothing beside it', () => {
      const store = new FormStore({});
      store.setReadonlyPointers(['/feedback']);
      expect(store.isReadonly('/feedback')).to.equal(true);
      expect(store.isReadonly('/feedback/text')).to.equal(true);
      expect(store.isReadonly('/feedbackNotes')).to.equal(false);
    });
  });
});
