// Each draft story (stories/drafts.stories.ts) reaches the state it is named after, run the way
// Storybook runs it (beforeEach, render, play), and is accessible in it. The story a11y shards check the
// built catalogue in every theme; this checks what each story shows.
import { expect, fixture, html } from '@open-wc/testing';
import type { MkForm } from '@mentorkit/core';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../stories/drafts.stories.js';

type Args = Record<string, unknown>;
interface Story {
  args?: Args;
  beforeEach?: () => Promise<unknown>;
  play?: (context: { canvasElement: HTMLElement }) => Promise<unknown>;
}

/** Runs a story as Storybook does: its beforeEach, the render with its args, its play. */
async function run(given: unknown): Promise<MkForm> {
  const story = given as Story;
  await story.beforeEach?.();
  const render = meta.render as unknown as (args: Args) => TemplateResult;
  const canvas = await fixture<HTMLElement>(html`<div>${render({ ...story.args })}</div>`);
  await story.play?.({ canvasElement: canvas });
  const form = canvas.querySelector('mk-form')!;
  await form.updateComplete;
  return form;
}

const notice = (form: MkForm) => form.shadowRoot!.querySelector<HTMLElement>('[part=draft-notice]');
const control = (form: MkForm, path: string) =>
  form.shadowRoot!.querySelector<HTMLTextAreaElement>(`[path="${path}"] textarea, [path="${path}"] input`)!;

describe('draft stories', () => {
  it('DraftRestored: the draft is shown with when it was saved, and a way to discard it', async () => {
    const form = await run(stories.DraftRestored);
    expect(notice(form)!.getAttribute('role')).to.equal('status');
    expect(notice(form)!.textContent).to.contain('Discard');
    expect(control(form, '/notes').value).to.contain('Typed before the reload.');
    await expect(form).to.be.accessible();
  });

  it('DraftOlderThanLoadedRecord: the user chooses between the draft and the loaded record', async () => {
    const form = await run(stories.DraftOlderThanLoadedRecord);
    expect(notice(form)!.getAttribute('role')).to.equal('alert');
    expect([...notice(form)!.querySelectorAll('button')].map((b) => b.dataset['choice'])).to.deep.equal(['keep', 'theirs']);
    expect(control(form, '/notes').value).to.contain('My draft.');
    await expect(form).to.be.accessible();
  });

  it('DraftInAnotherTab: read-only here, with a button to take over', async () => {
    const form = await run(stories.DraftInAnotherTab);
    expect(notice(form)!.textContent).to.contain('read-only here');
    expect(control(form, '/notes').readOnly).to.equal(true);
    for (const path of ['/observer', '/notes']) {
      expect(getComputedStyle(control(form, path)).borderStyle, `${path} looks read-only`).to.equal('dashed');
    }
    await expect(form).to.be.accessible();
  });

  it('DraftStorageFailed: the failure is said plainly, the record stays in memory and is offered as a file', async () => {
    const form = await run(stories.DraftStorageFailed);
    expect(notice(form)!.textContent).to.contain('its storage for this site is full');
    expect(notice(form)!.textContent, "the browser's own words are for the console").to.not.contain('QuotaExceededError');
    expect(notice(form)!.querySelector('a[download]')).to.not.equal(null);
    expect(control(form, '/notes').value).to.contain('Typed while the disk was full.');
    await expect(form).to.be.accessible();
  });
});
