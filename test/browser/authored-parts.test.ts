// Author and time on every authored text part: the observation's feedback, a rubric's reflective comment, a plan's
// review and an agreement's own commitment. Written by keyboard, each gets its author from the host's `user` and its
// date from the element's clock (never typed: there is no field for either), shown beside the text as text with a
// <time>, kept through a JSON round trip (another user opening it changes nothing), and printed.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '@mentorkit/elements/define/observation-form.js';
import '@mentorkit/elements/define/rag-rubric.js';
import '@mentorkit/elements/define/development-plan.js';
import '@mentorkit/elements/define/agreement.js';
import type { MkDocumentElement } from '../../packages/elements/src/document/document-element.js';
import { validateRecord } from '@mentorkit/schemas';
import { controlOf, fieldAt, inside } from '../support/fields.js';

type Doc = MkDocumentElement<never> & { value: unknown };
type User = { name: string; id?: string } | undefined;

interface Case {
  kind: string;
  tag: string;
  template: string;
  /** The authored part and its text field. */
  part: string;
  text: string;
  /** Members holding the author and the date. */
  author: string;
  /** A list the part is an item of: its add button is pressed first. */
  list?: string;
  /** Attributes of the element. */
  attributes?: Record<string, string>;
  /** The date a text written now gets (the element's clock). */
  today: () => string;
}

function localToday(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

const cases: Case[] = [
  {
    kind: 'observation feedback',
    tag: 'mk-observation-form',
    template: 'respond-observation',
    part: '/feedback',
    text: '/feedback/text',
    author: 'author',
    today: localToday,
  },
  {
    kind: 'rubric reflective comment',
    tag: 'mk-rag-rubric',
    template: 'itt-mentor-standards-rag',
    part: '/closing/comments/school',
    text: '/closing/comments/school/text',
    author: 'author',
    today: localToday,
  },
  {
    kind: 'plan review',
    tag: 'mk-development-plan',
    template: 'respond-development-plan',
    part: '/reviews/0',
    text: '/reviews/0/progress',
    author: 'reviewer',
    list: '/reviews',
    // The plan's clock is its `today` when set (the day due reviews are judged on).
    attributes: { today: '2026-03-02' },
    today: () => '2026-03-02',
  },
  {
    kind: 'agreement’s own commitment',
    tag: 'mk-agreement',
    template: 'peer-group-agreement',
    part: '/customCommitments/0',
    text: '/customCommitments/0/text',
    author: 'author',
    list: '/customCommitments',
    today: localToday,
  },
];

async function render(c: Case, user: User, value: unknown = {}): Promise<Doc> {
  const el = document.createElement(c.tag) as Doc;
  el.setAttribute('template', c.template);
  for (const [name, v] of Object.entries(c.attributes ?? {})) el.setAttribute(name, v);
  if (user) el.user = user;
  el.value = value;
  await fixture(html`<div>${el}</div>`);
  await el.updateComplete;
  return el;
}

async function write(el: Doc, c: Case, text: string): Promise<void> {
  if (c.list) {
    const list = fieldAt(el, c.list);
    await list.updateComplete;
    inside(list).querySelector<HTMLButtonElement>('button.add')!.focus();
    await sendKeys({ press: 'Enter' });
    await list.updateComplete;
  }
  const field = fieldAt(el, c.text);
  expect(field, c.text).to.exist;
  controlOf(field).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

function at(value: unknown, pointer: string): Record<string, unknown> {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((v, token) => (v as Record<string, unknown>)[token], value) as Record<string, unknown>;
}

/** The byline beside the part's text (in an array item it is inside the array's shadow root). */
function bylineOf(el: Doc, c: Case): HTMLElement {
  const field = fieldAt(el, c.text);
  let node: Element | null = field;
  while (node && !node.nextElementSibling?.matches('.byline')) node = node.nextElementSibling;
  const byline = node?.nextElementSibling as HTMLElement | undefined;
  expect(byline, `byline after ${c.text}`).to.exist;
  return byline!;
}

const longDate = (date: string) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(date));

for (const c of cases) {
  describe(`authored text: ${c.kind}`, () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('gets its author from the host’s user and its date from the clock as it is written, shown beside it; no field for either', async () => {
      const el = await render(c, { name: 'Anna Berg', id: 'u-17' });
      await write(el, c, 'Clear aims; more wait time.');
      const part = at(el.value, c.part);
      expect(part[c.author]).to.deep.equal({ name: 'Anna Berg', id: 'u-17' });
      expect(part['date']).to.equal(c.today());
      expect(fieldAt(el, `${c.part}/${c.author}/name`), 'the author is not typed').to.equal(null);
      expect(fieldAt(el, `${c.part}/date`), 'the date is not typed').to.equal(null);
      const byline = bylineOf(el, c);
      expect(byline.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Written by Anna Berg, ${longDate(c.today())}`);
      expect(byline.querySelector('time')!.getAttribute('datetime')).to.equal(c.today());
      expect(
        validateRecord(el.value).filter((e) => e.pointer.startsWith(c.part)),
        'the shared schema accepts it',
      ).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('is kept through a round trip: another user opening the record changes neither author nor date; it prints', async () => {
      const first = await render(c, { name: 'Anna Berg' });
      await write(first, c, 'Written before the round trip.');
      const saved = JSON.parse(JSON.stringify(first.value)) as Record<string, unknown>;
      at(saved, c.part)['date'] = '2025-10-01';
      first.remove();
      const el = await render(c, { name: 'Marco Rossi' }, structuredClone(saved));
      expect(at(el.value, c.part)[c.author]).to.deep.equal({ name: 'Anna Berg' });
      expect(at(el.value, c.part)['date']).to.equal('2025-10-01');
      expect(bylineOf(el, c).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Written by Anna Berg, October 1, 2025');
      await emulateMedia({ media: 'print' });
      const byline = bylineOf(el, c);
      expect(getComputedStyle(byline).display, 'printed').not.to.equal('none');
      expect(getComputedStyle(byline).visibility).to.equal('visible');
      expect(byline.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('without a user it is dated, with no author, and says so', async () => {
      const el = await render(c, undefined);
      await write(el, c, 'No user known.');
      const part = at(el.value, c.part);
      expect(part[c.author]).to.equal(undefined);
      expect(part['date']).to.equal(c.today());
      const byline = bylineOf(el, c);
      expect(byline.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Written on ${longDate(c.today())}`);
      await expect(el).to.be.accessible();
    });
  });
}
