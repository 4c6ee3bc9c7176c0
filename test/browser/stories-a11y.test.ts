import { expect, waitUntil } from '@open-wc/testing';

/**
 * Every story of the built Storybook, in every theme, rendered in an iframe and checked with axe-core:
 * the catalogue designers browse must itself meet WCAG 2.2 AA in every state it shows.
 */
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

const themes = ['light', 'dark', 'high-contrast'];
const base = '/storybook-static';

/** One preview iframe for the whole run; stories and themes are switched through Storybook's channel. */
async function openPreview(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Storybook preview';
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
  frame.src = `${base}/iframe.html?id=${encodeURIComponent(firstStory)}&viewMode=story`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as StoryWindow;
  await waitUntil(() => win.__STORYBOOK_PREVIEW__?.currentRender, 'preview ready', { timeout: 15000 });
  const script = win.document.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  win.document.head.append(script);
  await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  return frame;
}

async function show(win: StoryWindow, id: string, theme: string): Promise<void> {
  const preview = win.__STORYBOOK_PREVIEW__!;
  preview.channel.emit('updateGlobals', { globals: { theme } });
  preview.channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
  await waitUntil(
    () => preview.currentRender?.id === id && ['finished', 'completed', 'errored', 'aborted'].includes(preview.currentRender?.phase ?? ''),
    `story ${id} rendered`,
    { timeout: 15000 },
  );
  // A re-render for the new globals may follow the first one; wait until it settles too.
  await waitUntil(
    () => win.document.body.classList.contains(`mk-theme-${theme}`) && preview.currentRender?.phase !== 'rendering',
    `theme ${theme}`,
  );
  expect(preview.currentRender!.phase, `story ${id}`).to.be.oneOf(['finished', 'completed']);
}

let firstStory = '';

describe('Storybook stories', function () {
  this.timeout(600_000);

  it('every story in every theme renders and has no axe violations', async () => {
    const index = await (await fetch(`${base}/index.json`)).json();
    const stories = (Object.values(index.entries) as IndexEntry[]).filter((e) => e.type === 'story');
    expect(stories.length).to.be.greaterThan(40);
    const failures: string[] = [];
    firstStory = stories[0]!.id;
    const frame = await openPreview();
    const win = frame.contentWindow as StoryWindow;
    for (const theme of themes) {
      for (const story of stories) {
        await show(win, story.id, theme);
        const root = win.document.querySelector('#storybook-root')!;
        if (!root.querySelector('*')) failures.push(`${story.id} [${theme}]: rendered nothing`);
        const result = await win.axe!.run(win.document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        for (const v of result.violations)
          failures.push(`${story.id} [${theme}]: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      }
    }
    frame.remove();
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });
});
