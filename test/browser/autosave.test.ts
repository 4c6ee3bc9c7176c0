import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MkForm } from '../../packages/core/src/form/form.js';
import { draftStore } from '../../packages/core/src/drafts/draft-store.js';
import { getTemplate } from '@mentorkit/schemas';
import { controlOf, fieldAt } from '../support/fields.js';

/** Loads the autosave page in a frame (again, when given one: a reload) and returns its form once rendered. */
async function openPage(query: string, frame = document.createElement('iframe')): Promise<{ frame: HTMLIFrameElement; form: MkForm }> {
  frame.title = `autosave ${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/autosave.html?${query}`;
  if (!frame.isConnected) document.body.append(frame);
  await loaded;
  return { frame, form: await formIn(frame) };
}

async function formIn(frame: HTMLIFrameElement): Promise<MkForm> {
  let form: MkForm | null = null;
  await waitUntil(
    () =>
      (form = frame.contentDocument!.querySelector('#stage mk-form') ?? frame.contentDocument!.querySelector('#stage > *')) &&
      textareaPath(form),
    'form rendered',
    { timeout: 10000 },
  );
  await form!.updateComplete;
  return form!;
}

/** The first multi-line text field a form renders (its own, not inside an array). */
function textareaPath(form: MkForm): string | undefined {
  return form.shadowRoot?.querySelector('.field[data-kind=textarea], [path="/notes"]')?.getAttribute('path') ?? undefined;
}

function input(form: MkForm, path: string): HTMLInputElement {
  return controlOf(fieldAt(form, path));
}

/** Types with real keys into a field of the framed form. */
async function type(form: MkForm, path: string, text: string): Promise<void> {
  const control = input(form, path);
  control.focus();
  await sendKeys({ press: 'End' });
  await sendKeys({ type: text });
}

function notice(form: MkForm): HTMLElement | null {
  return form.shadowRoot!.querySelector('[part=draft-notice]');
}

/** Whether the frame's page would ask "Leave site?" now. */
function leavePrompt(frame: HTMLIFrameElement): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  frame.contentWindow!.dispatchEvent(event);
  return event.defaultPrevented;
}

const notes = (form: MkForm) => (form.value as { notes?: string }).notes;
const unique = (name: string) => `${name}-${Date.now()}-${Math.round(Math.random() * 1e6)}`;

describe('<mk-form autosave>', () => {
  it('restores a draft after a reload with a notice, and discards it on request', async () => {
    const key = unique('restore');
    const { frame, form } = await openPage(`key=${key}`);
    expect(notice(form)).to.equal(null);
    await type(form, '/notes', 'Pupils at the back had no task');
    await waitUntil(async () => (await draftStore.get(key)) !== undefined, 'draft saved', { timeout: 5000 });

    const reloaded = await openPage(`key=${key}`, frame);
    await waitUntil(() => notice(reloaded.form), 'restored notice shown', { timeout: 5000 });
    expect(notice(reloaded.form)!.textContent).to.contain('Restored the draft you were writing');
    // Its styles came with the drafts chunk: a bordered box that lays its message and choices out in a row.
    expect(getComputedStyle(notice(reloaded.form)!).display).to.equal('flex');
    expect(getComputedStyle(notice(reloaded.form)!).borderTopWidth).to.equal('2px');
    expect(reloaded.form.value).to.deep.equal({ observer: 'Anna Berg', fromServer: { id: 7 }, notes: 'Pupils at the back had no task' });

    notice(reloaded.form)!.querySelector('button')!.click();
    await waitUntil(() => !notice(reloaded.form) && notes(reloaded.form) === undefined, 'draft discarded, record as loaded', {
      timeout: 5000,
    });
    expect(reloaded.form.value).to.deep.equal({ observer: 'Anna Berg', fromServer: { id: 7 } });
    await waitUntil(async () => (await draftStore.get(key)) === undefined, 'draft deleted', { timeout: 5000 });
    frame.remove();
  });

  for (const wait of [0, 50, 100, 400]) {
    it(`loses nothing when the page reloads ${wait} ms after the last keystroke, and asks no "Leave site?"`, async () => {
      const key = unique(`reload-${wait}`);
      const { frame, form } = await openPage(`key=${key}`);
      await type(form, '/notes', 'Last words typed');
      if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
      expect(leavePrompt(frame), 'no leave prompt: the text is kept').to.equal(false);
      const reloaded = await openPage(`key=${key}`, frame);
      await waitUntil(() => notes(reloaded.form) === 'Last words typed', `the text typed ${wait} ms before the reload`, { timeout: 5000 });
      expect(input(reloaded.form, '/notes').value).to.equal('Last words typed');
      frame.remove();
    });
  }

  it('keeps the draft when the host sets the same record late, and asks when it sets a different one', async () => {
    const key = unique('late');
    const { frame, form } = await openPage(`key=${key}`);
    await type(form, '/notes', 'My draft');
    await waitUntil(async () => (await draftStore.get(key)) !== undefined, 'draft saved', { timeout: 5000 });

    // The same record, 300 ms after mount (an ordinary fetch): the draft stays, and says so.
    const same = await openPage(`key=${key}&late=300`, frame);
    await waitUntil(() => same.form.value && (same.form.value as { observer?: string }).observer === 'Anna Berg', 'late record set', {
      timeout: 5000,
    });
    await waitUntil(() => notes(same.form) === 'My draft' && notice(same.form)?.textContent?.includes('Restored'), 'draft kept', {
      timeout: 5000,
    });

    // A different record: the draft is still shown, and the user chooses.
    const changed = await openPage(`key=${key}&late=300&late-record=changed`, frame);
    await waitUntil(() => notice(changed.form)?.querySelector('[data-choice=theirs]'), 'the choice is offered', { timeout: 5000 });
    expect(notes(changed.form), 'the draft is what is shown').to.equal('My draft');
    expect(notice(changed.form)!.getAttribute('role')).to.equal('alert');
    expect(notice(changed.form)!.textContent).to.contain('Your draft is shown');
    (notice(changed.form)!.querySelector('[data-choice=theirs]') as HTMLButtonElement).click();
    await waitUntil(() => (changed.form.value as { observer: string }).observer === 'Changed on the server', 'took theirs', {
      timeout: 5000,
    });
    expect(notes(changed.form)).to.equal(undefined);
    await waitUntil(async () => (await draftStore.get(key)) === undefined, 'draft dropped', { timeout: 5000 });
    frame.remove();
  });

  it('keeps what was typed when the schema is set again as a new object', async () => {
    const { frame, form } = await openPage(`key=${unique('reset')}`);
    await type(form, '/notes', 'Typed before the re-set');
    form.schema = structuredClone(form.schema);
    await form.updateComplete;
    expect(notes(form)).to.equal('Typed before the re-set');
    expect(input(form, '/notes').value).to.equal('Typed before the re-set');
    frame.remove();
  });

  it('lets one tab write: the other is warned and read-only, and takes over with the latest text', async () => {
    const key = unique('tabs');
    const first = await openPage(`key=${key}`);
    const second = await openPage(`key=${key}`);
    await type(first.form, '/notes', 'Written in the first tab');
    await waitUntil(() => notice(second.form), 'second tab warned', { timeout: 5000 });
    expect(notice(second.form)!.getAttribute('role')).to.equal('alert');
    expect(notice(second.form)!.textContent).to.contain('read-only here');
    await waitUntil(() => input(second.form, '/notes').readOnly, 'second tab read-only', { timeout: 5000 });

    await type(first.form, '/notes', ', and more');
    await first.form.saveDraft();
    notice(second.form)!.querySelector('button')!.click();
    await waitUntil(() => notes(second.form) === 'Written in the first tab, and more', 'the latest text taken over', { timeout: 5000 });
    await waitUntil(() => !input(second.form, '/notes').readOnly, 'second tab writable again', { timeout: 5000 });
    await waitUntil(() => notice(first.form), 'first tab warned after the take-over', { timeout: 5000 });
    await waitUntil(() => input(first.form, '/notes').readOnly, 'first tab read-only now', { timeout: 5000 });
    await type(second.form, '/notes', ' (second tab)');
    await second.form.saveDraft();
    expect(((await draftStore.get(key))!.value as { notes: string }).notes).to.equal('Written in the first tab, and more (second tab)');
    first.frame.remove();
    second.frame.remove();
  });

  it('after a submit in one tab, taking over in the other does not bring the stale draft back', async () => {
    const key = unique('submitted');
    const first = await openPage(`key=${key}`);
    const second = await openPage(`key=${key}`);
    await type(first.form, '/notes', 'Sent from the first tab');
    await waitUntil(() => notice(second.form), 'second tab warned', { timeout: 5000 });
    expect(await first.form.submit()).to.equal(true);
    await waitUntil(async () => (await draftStore.get(key)) === undefined, 'draft ended by the submit', { timeout: 5000 });
    notice(second.form)!.querySelector('button')!.click();
    await waitUntil(() => !notice(second.form), 'taken over', { timeout: 5000 });
    expect(second.form.value, 'the record as the host loaded it').to.deep.equal({ observer: 'Anna Berg', fromServer: { id: 7 } });
    first.frame.remove();
    second.frame.remove();
  });

  for (const [fail, reason] of [
    ['quota', 'This browser could not keep a draft: its storage for this site is full.'],
    ['no-idb', 'This browser could not keep a draft. Your text is still here'],
  ] as const) {
    it(`shows that drafts cannot be kept (${fail}), keeps the record in memory, and offers it as a file`, async () => {
      const { frame, form } = await openPage(`key=${unique(fail)}&fail=${fail}`);
      await type(form, '/notes', 'Only in memory');
      await form.saveDraft();
      await waitUntil(() => notice(form)?.textContent?.includes(reason), 'failure shown', { timeout: 5000 });
      expect(notice(form)!.getAttribute('role')).to.equal('alert');
      expect(notes(form)).to.equal('Only in memory');
      expect(leavePrompt(frame), 'unsaved edits: the page asks before closing').to.equal(true);
      const link = notice(form)!.querySelector('a[download]') as HTMLAnchorElement;
      expect(link.textContent).to.contain('Download a copy');
      // Give the link its file without navigating the test page.
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.click();
      const file = (await (await fetch(link.href)).json()) as { notes: string };
      expect(file.notes).to.equal('Only in memory');
      frame.remove();
    });
  }

  describe('in each document element', () => {
    for (const [element, template, step] of [
      ['mk-observation-form', 'respond-observation'],
      ['mk-agreement', 'respond-agreement'],
      ['mk-rag-rubric', 'mensi-success-conditions'],
      ['mk-development-plan', 'respond-development-plan'],
      ['mk-plan-step', 'mensi-steps-plan', 'evidence'],
    ] as const) {
      const page = (key: string) => `key=${key}&element=${element}&template=${template}${step ? `&step=${step}` : ''}`;

      it(`<${element}> loses nothing on a reload right after a keystroke, and keeps it when its template is set again as a new object`, async () => {
        const key = unique(element);
        const { frame, form } = await openPage(page(key));
        const path = textareaPath(form)!;
        const typed = () => (form.store.get(path) as string | undefined) ?? '';
        await type(form, path, 'Typed just before');
        const written = typed();
        expect(written).to.contain('Typed just before');
        const reloaded = await openPage(page(key), frame);
        await waitUntil(() => reloaded.form.store.get(path) === written, `${path} kept over the reload`, { timeout: 5000 });
        expect(input(reloaded.form, path).value).to.equal(written);
        await type(reloaded.form, path, ', then more');
        (reloaded.form as MkForm & { template: unknown }).template = structuredClone(getTemplate(template));
        await reloaded.form.updateComplete;
        await waitUntil(() => textareaPath(reloaded.form) === path, 'rendered from the template object');
        expect(reloaded.form.store.get(path), 'the edits survive the template set again').to.equal(`${written}, then more`);
        frame.remove();
      });
    }
  });

  it("a save through the host form's own button ends the draft as the element's submit does", async () => {
    const key = unique('host');
    const { frame, form } = await openPage(`key=${key}&host=1`);
    await type(form, '/notes', 'Saved with the portal button');
    await waitUntil(async () => (await draftStore.get(key)) !== undefined, 'draft saved', { timeout: 5000 });
    const sent = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const prompts: boolean[] = [];
    frame.contentWindow!.addEventListener('beforeunload', (event) => prompts.push(event.defaultPrevented));
    (frame.contentDocument!.querySelector('form > button') as HTMLButtonElement).click();
    await sent;
    expect(frame.contentWindow!.location.search).to.contain('observation=');
    const next = await formIn(frame);
    await waitUntil(async () => (await draftStore.get(key)) === undefined, 'draft ended', { timeout: 5000 });
    expect(notice(next), 'no draft offered on the next visit').to.equal(null);
    expect(notes(next)).to.equal(undefined);
    expect(
      prompts.every((p) => !p),
      'no "Leave site?"',
    ).to.equal(true);
    frame.remove();
  });
});
