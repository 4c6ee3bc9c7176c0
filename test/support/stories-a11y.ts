import { expect, waitUntil } from '@open-wc/testing';

// Every story of the built Storybook, rendered in an iframe and checked with axe-core: the catalogue
// designers browse must itself meet WCAG 2.2 AA in every state it shows, in every theme.
interface IndexEntry {
  id: string;
  type: string;
  title: string;
  name: string;
}
interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[];
}
type StoryWindow = Window & {
  __STORYBOOK_PREVIEW__?: { channel: { emit: (event: string, payload: object) => void }; currentRender?: { id?: string; phase?: string } };
  axe?: { run: (context: Document, options: object) => Promise<AxeResult> };
};

const base = '/storybook-static';

/** Loads a preview URL into the frame and adds axe-core to it. */
async function load(frame: HTMLIFrameElement, url: string): Promise<void> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  await loaded;
  const win = frame.contentWindow as StoryWindow;
  await waitUntil(() => win.__STORYBOOK_PREVIEW__?.currentRender, 'preview ready', { timeout: 15000 });
  const script = win.document.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  win.document.head.append(script);
  await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
}

/** One preview iframe for the whole run; stories and themes are switched through Storybook's channel. */
async function openPreview(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Storybook preview';
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
  document.body.append(frame);
  await load(frame, `${base}/iframe.html?id=${encodeURIComponent(firstStory)}&viewMode=story`);
  return frame;
}

const settled = ['finished', 'completed', 'errored', 'aborted'];

/**
 * Shows a story in a theme through Storybook's channel (fast); if the preview does not settle on it,
 * loads the story's URL instead (slow, but always works).
 */
async function show(frame: HTMLIFrameElement, id: string, theme: string): Promise<StoryWindow> {
  let win = frame.contentWindow as StoryWindow;
  const preview = win.__STORYBOOK_PREVIEW__!;
  preview.channel.emit('updateGlobals', { globals: { theme } });
  preview.channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
  try {
    await waitUntil(() => preview.currentRender?.id === id && settled.includes(preview.currentRender?.phase ?? ''), `story ${id}`, {
      timeout: 4000,
    });
  } catch {
    await load(frame, `${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=theme:${theme}`);
    win = frame.contentWindow as StoryWindow;
    await waitUntil(
      () => win.__STORYBOOK_PREVIEW__?.currentRender?.id === id && settled.includes(win.__STORYBOOK_PREVIEW__.currentRender.phase ?? ''),
      `story ${id} rendered`,
      {
        timeout: 15000,
      },
    );
  }
  // A re-render for the new globals may follow the first one; wait until it settles too.
  await waitUntil(
    () => win.document.body.classList.contains(`mk-theme-${theme}`) && win.__STORYBOOK_PREVIEW__!.currentRender?.phase !== 'rendering',
    `theme ${theme}`,
  );
  expect(win.__STORYBOOK_PREVIEW__!.currentRender!.phase, `story ${id}`).to.be.oneOf(['finished', 'completed']);
  return win;
}

let firstStory = '';

/** Runs axe in the preview; Storybook's own a11y panel may be running it at that moment, so wait for it. */
async function runAxe(win: StoryWindow): Promise<AxeResult> {
  const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
  let result: AxeResult | undefined;
  await waitUntil(
    async () => {
      try {
        result = await win.axe!.run(win.document, options);
        return true;
      } catch (error) {
        if (String(error).includes('already running')) return false;
        throw error;
      }
    },
    'axe run',
    { timeout: 15000 },
  );
  return result!;
}

/**
 * Renders one shard of the built Storybook's stories in one theme and returns what axe found (and
 * stories that rendered nothing). The catalogue grows with every element and language, so each theme is
 * split into shards, one test file each, to keep every file under the runner's time limit.
 */
async function storyViolations(theme: string, shard: number, shards: number): Promise<{ stories: number; failures: string[] }> {
  const index = await (await fetch(`${base}/index.json`)).json();
  const stories = (Object.values(index.entries) as IndexEntry[]).filter((e, i) => e.type === 'story' && i % shards === shard - 1);
  const failures: string[] = [];
  firstStory = stories[0]!.id;
  const frame = await openPreview();
  for (const story of stories) {
    const win = await show(frame, story.id, theme);
    const root = win.document.querySelector('#storybook-root')!;
    // Storybook is done when it has rendered the story; the elements may still be loading a lazy chunk.
    const elements = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('mk-'));
    await Promise.all(elements.map((el) => (el as Partial<{ updateComplete: Promise<boolean> }>).updateComplete));
    if (!root.querySelector('*')) failures.push(`${story.id} [${theme}]: rendered nothing`);
    const result = await runAxe(win);
    for (const v of result.violations)
      failures.push(`${story.id} [${theme}]: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }
  frame.remove();
  return { stories: stories.length, failures };
}

/** The test of one shard: every story in it renders and has no axe violations in `theme`. */
export function storyA11ySuite(theme: string, shard: number, shards: number): void {
  describe(`Storybook stories, ${theme} theme (shard ${shard} of ${shards})`, function () {
    this.timeout(280_000);

    it('every story renders and has no axe violations', async () => {
      const { stories, failures } = await storyViolations(theme, shard, shards);
      expect(stories).to.be.greaterThan(30);
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  });
}
