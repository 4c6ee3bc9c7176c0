import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@mentorkit/core/define/form.js';
import type { MkForm } from '@mentorkit/core';
import { escaping } from '../support/escaping.js';
import { controlOf, fieldAt } from '../support/fields.js';

const catastrophic = { type: 'object', properties: { code: { type: 'string', title: 'Code', pattern: '^(a+)+$' } } };

/** Runs `action` and returns the longest task the page saw meanwhile (ms), from the browser's own long-task entries. */
async function longestTask(action: () => Promise<void>): Promise<number> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  const started = performance.now();
  await action();
  // Long-task entries arrive after the task: give them a frame.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  observer.disconnect();
  durations.push(0);
  console.log(`action took ${(performance.now() - started).toFixed(1)} ms; longest task ${Math.max(...durations).toFixed(1)} ms`);
  return Math.max(...durations);
}

describe('patterns cannot freeze the page', () => {
  it('the platform RegExp backtracks exponentially on ^(a+)+$, with or without the v flag (the measurement this design answers)', () => {
    const times: string[] = [];
    let last = 0;
    for (const n of [16, 18, 20, 22]) {
      const started = performance.now();
      expect(new RegExp('^(a+)+$', 'v').test('a'.repeat(n) + '!')).to.equal(false);
      last = performance.now() - started;
      times.push(`${n}: ${last.toFixed(1)} ms`);
    }
    console.log(`RegExp /^(a+)+$/v on 'a'×n + '!': ${times.join(', ')} (doubling per character: 'a'×28 would take ~64× the last)`);
    expect(last, "'a'×22 + '!' already takes measurable time").to.be.greaterThan(2);
  });

  it('<mk-form> checks ^(a+)+$ against "a"×28 + "!" without a task over 100 ms, and still reports the mismatch', async () => {
    const el = await fixture<MkForm>(html`<mk-form .schema=${catastrophic} .value=${{ code: 'a'.repeat(28) }}></mk-form>`);
    await el.validationReady;
    await el.updateComplete;
    const field = controlOf(fieldAt(el, '/code'));
    let errors: unknown[] = [];
    const longest = await longestTask(async () => {
      errors = await escaping(async () => {
        field.focus();
        await sendKeys({ press: 'End' });
        await sendKeys({ type: '!' });
        await waitUntil(() => (el.value as { code: string }).code.endsWith('!'), 'typed');
        expect(el.checkValidity(), 'the whole record checked by the run-time validator').to.equal(false);
        expect(await el.submit()).to.equal(false);
      });
    });
    expect(errors).to.deep.equal([]);
    expect(longest, 'longest task (ms)').to.be.below(100);
    expect(el.problems.map((p) => `${p.pointer} ${p.keyword}`)).to.deep.equal(['/code pattern']);
    field.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => el.checkValidity(), 'valid again without the "!"');
  });

  it('<mk-form> matches a patternProperties name ^(a+)+$ against the key "a"×28 + "!" without a task over 100 ms, and still applies it', async () => {
    const crafted = 'a'.repeat(28) + '!';
    const schema = { type: 'object', patternProperties: { '^(a+)+$': { type: 'number' } }, additionalProperties: { type: 'string' } };
    let el!: MkForm;
    let errors: unknown[] = [];
    const longest = await longestTask(async () => {
      errors = await escaping(async () => {
        el = await fixture<MkForm>(html`<mk-form .schema=${schema} .value=${{ [crafted]: 'text', aaa: 'not a number' }}></mk-form>`);
        await el.validationReady;
        await el.updateComplete;
        expect(el.checkValidity(), 'the whole record checked by the run-time validator').to.equal(false);
        expect(await el.submit()).to.equal(false);
      });
    });
    expect(errors).to.deep.equal([]);
    expect(longest, 'longest task (ms)').to.be.below(100);
    expect(el.problems.map((p) => `${p.pointer} ${p.keyword}`)).to.deep.equal(['/aaa type']);
  });

  for (const [name, pattern, message] of [
    ['not a pattern', '[', 'Invalid regular expression'],
    ['a lookahead', '^(?=.*\\d).+$', 'uses a lookahead, which cannot be checked in linear time'],
    ['a backreference', '^(a)\\1$', 'uses a backreference'],
  ] as const) {
    it(`<mk-form> names a pattern that is ${name} as a schema error and blocks the submit`, async () => {
      let el!: MkForm;
      const errors = await escaping(async () => {
        el = await fixture<MkForm>(
          html`<mk-form
            .schema=${{ type: 'object', properties: { code: { type: 'string', pattern } } }}
            .value=${{ code: 'x' }}
          ></mk-form>`,
        );
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      const panel = el.shadowRoot!.querySelector('[part=schema-error]')!;
      expect(panel.textContent).to.contain(message);
      expect(panel.textContent).to.contain('/properties/code/pattern');
      expect(await el.submit()).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }
});
