import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { buildFieldTree, type FieldNode } from '../schema/field-tree.js';
import { FormStore } from '../store/form-store.js';
import type { Problem } from '../validation/problem.js';
import { brokenFormProblem, RecordValidationController, type RecordValidator } from './record-validation-controller.js';

const schema = {
  type: 'object',
  required: ['observer'],
  properties: { observer: { type: 'string', minLength: 2 }, lessons: { type: 'integer', minimum: 1 } },
};

/** A bare host: a store, a tree and a validation controller, with what it reports kept for the test. */
class ValidationHost extends LitElement {
  store = new FormStore({});
  schema?: object = schema;
  tree?: FieldNode = buildFieldTree(schema, {});
  given?: RecordValidator;
  failures: string[] = [];
  reports: Problem[][] = [];
  validation = new RecordValidationController(this, {
    store: this.store,
    schema: () => this.schema,
    given: () => this.given,
    tree: () => this.tree,
    broken: () => this.failures.length > 0,
    failed: (message) => this.failures.push(message),
    checked: (problems) => this.reports.push(problems),
  });
}
customElements.define('test-validation-host', ValidationHost);

/** A validator that counts its calls and finds one problem while `observer` is empty. */
function countingValidator(): RecordValidator & { calls: number } {
  const validator = (value: unknown) => {
    validator.calls++;
    return (value as { observer?: string }).observer
      ? []
      : [{ pointer: '/observer', keyword: 'required', key: 'valueMissing', params: {} } satisfies Problem];
  };
  validator.calls = 0;
  return validator;
}

async function host(given?: RecordValidator): Promise<ValidationHost> {
  const el = await fixture<ValidationHost>(html`<test-validation-host .given=${given}></test-validation-host>`);
  el.validation.loaded();
  await el.validation.ready;
  el.validation.flush();
  return el;
}

describe('RecordValidationController', () => {
  describe('which validator', () => {
    it('uses the given validator for the whole record', async () => {
      const given = countingValidator();
      const el = await host(given);
      expect(el.validation.problems.map((p) => p.pointer)).to.deep.equal(['/observer']);
      expect(given.calls).to.be.greaterThan(0);
    });

    it('builds the run-time validator from the schema when none is given, and is pending until it loaded', async () => {
      const el = await fixture<ValidationHost>(html`<test-validation-host></test-validation-host>`);
      el.store.replace({ observer: 'A', lessons: 0 });
      el.validation.flush();
      expect(el.validation.pending).to.equal(true);
      await el.validation.ready;
      expect(el.validation.pending).to.equal(false);
      expect(el.validation.problems.map((p) => `${p.pointer} ${p.keyword}`).sort()).to.deep.equal([
        '/lessons minimum',
        '/observer minLength',
      ]);
    });

    it('waits for a validator that loads on demand, then checks the whole record with it', async () => {
      const el = await fixture<ValidationHost>(html`<test-validation-host></test-validation-host>`);
      const lazy = countingValidator();
      let arrive!: (v: RecordValidator) => void;
      el.validation.load(new Promise<RecordValidator>((resolve) => (arrive = resolve)));
      expect(el.validation.pending).to.equal(true);
      arrive(lazy);
      await el.validation.ready;
      expect(el.validation.pending).to.equal(false);
      expect(lazy.calls).to.equal(1);
      expect(el.validation.problems.map((p) => p.pointer)).to.deep.equal(['/observer']);
    });

    it('reports a validator that could not load, and ignores a load that was replaced', async () => {
      const el = await fixture<ValidationHost>(html`<test-validation-host></test-validation-host>`);
      let fail!: (e: Error) => void;
      el.validation.load(new Promise<RecordValidator>((_, reject) => (fail = reject)));
      const replaced = el.validation.ready;
      el.validation.load(countingValidator());
      fail(new Error('gone'));
      await replaced;
      expect(el.failures).to.deep.equal([]);
      el.validation.load(Promise.reject(new Error('network down')));
      await el.validation.ready;
      expect(el.failures).to.deep.equal(['The validator could not be loaded: network down']);
    });
  });

  describe('what is checked, and when', () => {
    it('checks only the changed field on a keystroke, and the whole record once typing pauses', async () => {
      const given = countingValidator();
      const el = await host(given);
      const before = given.calls;
      el.store.set('/lessons', 0);
      await waitUntil(() => el.reports.length && el.validation.problems.some((p) => p.pointer === '/lessons'), 'field checked');
      expect(given.calls, 'no whole-record check per keystroke').to.equal(before);
      expect(el.validation.problems.find((p) => p.pointer === '/lessons')!.keyword).to.equal('minimum');
      await waitUntil(() => given.calls > before, 'whole record checked after the pause');
      // The whole-record validator here knows nothing of `minimum`: its answer replaces the field's.
      expect(el.validation.problems.map((p) => p.pointer)).to.deep.equal(['/observer']);
    });

    it('flush checks the whole record at once after field checks', async () => {
      const given = countingValidator();
      const el = await host(given);
      el.store.set('/observer', 'Anna');
      el.validation.flush();
      const calls = given.calls;
      expect(el.validation.problems).to.deep.equal([]);
      el.validation.flush();
      expect(given.calls, 'nothing to do when up to date').to.equal(calls);
    });

    it('checks the whole record when a whole record is loaded, and shows what is wrong (not merely missing) in it', async () => {
      const el = await fixture<ValidationHost>(html`<test-validation-host></test-validation-host>`);
      await el.validation.ready;
      el.store.replace({ lessons: 0 });
      el.validation.loaded();
      await waitUntil(() => el.store.revealed, 'wrong data revealed');
      expect(el.store.problemsAt('/lessons')[0]!.keyword).to.equal('minimum');
      el.store.setProblems([], { reveal: false });
      el.store.replace({});
      el.validation.loaded();
      await waitUntil(() => el.reports.at(-1)?.length === 1, 'checked');
      expect(el.store.revealed, 'a missing value alone is not shown on load').to.equal(false);
    });

    it('fails closed while the schema is broken: the validator is not run and the one problem says the form is broken', async () => {
      const validator = countingValidator();
      const el = await host(validator);
      const runs = validator.calls;
      el.failures.push('broken');
      el.validation.check('full');
      expect(el.validation.problems).to.deep.equal([brokenFormProblem]);
      expect(validator.calls, 'the validator did not run').to.equal(runs);
    });
  });
});
