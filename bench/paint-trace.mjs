#!/usr/bin/env node
// Where a render's time to paint goes: a Chrome trace (devtools.timeline) of the benchmark's render, mount → DOM
// complete → painted (two animation frames later), on fresh pages; the main thread's self time by trace event (script,
// HTML parsing, style, layout, pre-paint, paint, layerize…; thread time) in each of the two windows, and how many style
// recalculations, layouts, paints and frames each holds, and the objects of its largest layout. Medians over the pages.
// node bench/paint-trace.mjs [--workload=observation-500] [--renderers=static,mk-form] [--validator=runtime|compiled]
//   [--pages=5] [--top=20] [--without=<regexp>] [--no-build]
// --without drops, before mounting, every rule of <mk-form>'s style sheets whose text matches the regexp, or with
// --without=property:<name>,<name> those properties from every rule, on the pages of the renderer `mk-form-without`
// (`--renderers=mk-form,mk-form-without`: the form with and without, in turn). To bisect what the styles cost; what
// users see changes, so it measures nothing for the results. See docs/benchmarks.md
// "Paint in session 9".
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { buildHarness } from './lib/build-harness.mjs';
import { compileValidators } from './lib/compile-validators.mjs';
import { benchDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { generateWorkloads } from './lib/workloads.mjs';

const { values } = parseArgs({
  options: {
    workload: { type: 'string', default: 'observation-500' },
    renderers: { type: 'string', default: 'static,mk-form' },
    validator: { type: 'string', default: 'runtime' },
    pages: { type: 'string', default: '5' },
    top: { type: 'string', default: '20' },
    without: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
  strict: true,
});
const size = Number(/-(\d+)$/.exec(values.workload)?.[1]);
if (!Number.isInteger(size)) throw new Error(`--workload: "${values.workload}" is not <name>-<size>, e.g. flat-500`);
const index = generateWorkloads([size]);
if (!index.some(({ id }) => id === values.workload)) throw new Error(`no workload ${values.workload}`);
if (!values['no-build']) await buildHarness();
if (values.validator === 'compiled') await compileValidators(index.filter(({ id }) => id === values.workload));
const renderers = values.renderers.split(',');
const pages = Number(values.pages);
const top = Number(values.top);
const startLoad = loadavg()[0];

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'];
// Counted per window: how many times the page did each of these.
const COUNTED = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'BeginMainThreadFrame', 'ParseHTML'];
// The rendering pipeline's steps after script and parsing: their sum is a window's "style to paint" line.
const PIPELINE = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'PaintImage']);

/**
 * Drops the rules of <mk-form>'s style sheets whose text matches `pattern`, or with `property:<names>` those
 * properties from every rule (before the first <mk-form> is made). Returns how many it dropped.
 */
function dropRules(pattern) {
  const form = customElements.get('mk-form');
  const properties = pattern.startsWith('property:') ? pattern.slice('property:'.length).split(',') : null;
  const matches = new RegExp(pattern);
  let dropped = 0;
  const prune = (rules, remove) => {
    for (let i = rules.length - 1; i >= 0; i--) {
      const rule = rules[i];
      if (rule.cssRules && !rule.selectorText) prune(rule.cssRules, (at) => rule.deleteRule(at));
      else if (properties) {
        for (const name of properties) if (rule.style?.getPropertyValue(name) && rule.style.removeProperty(name) !== undefined) dropped++;
      } else if (matches.test(rule.cssText)) {
        remove(i);
        dropped++;
      }
    }
  };
  for (const style of form.elementStyles) {
    const sheet = style.styleSheet;
    if (sheet) prune(sheet.cssRules, (at) => sheet.deleteRule(at));
  }
  return dropped;
}

/** The main thread's complete events between two user-timing marks, with self time (their own minus their children's). */
function eventsBetween(traceEvents, from, to) {
  const mark = (name) => traceEvents.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const [start, end] = [mark(from), mark(to)];
  if (!start || !end) throw new Error(`trace has no mark ${start ? to : from}`);
  const thread = `${start.pid}:${start.tid}`;
  const events = traceEvents
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && e.ts >= start.ts && e.ts < end.ts)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Thread time where the trace has it (what another process running on the same core does not add to).
  const open = [];
  for (const e of events) {
    e.self = e.tdur ?? e.dur;
    while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
    if (open.length) open.at(-1).self -= e.tdur ?? e.dur;
    open.push(e);
  }
  return { events, ms: (end.ts - start.ts) / 1000 };
}

function summarise({ events, ms }) {
  const self = new Map();
  const counts = new Map(COUNTED.map((name) => [name, 0]));
  // The largest layout's objects (boxes, text, anonymous boxes, pseudo-elements): what a layout walks.
  let layoutObjects = 0;
  for (const e of events) {
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') continue;
    self.set(e.name, (self.get(e.name) ?? 0) + e.self / 1000);
    if (counts.has(e.name)) counts.set(e.name, counts.get(e.name) + 1);
    if (e.name === 'Layout') layoutObjects = Math.max(layoutObjects, e.args?.beginData?.totalObjects ?? 0);
  }
  return { ms, self, counts, layoutObjects };
}

async function tracePage(server, renderer) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const without = renderer === 'mk-form-without';
    if (without && !values.without) throw new Error('mk-form-without: give --without');
    const pageRenderer = without ? 'mk-form' : renderer;
    await page.goto(`${server.url}/harness/renderer.html?renderer=${pageRenderer}&validator=${values.validator}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench !== undefined);
    await page.evaluate((id) => window.bench.load(id), values.workload);
    if (without) {
      const dropped = await page.evaluate(dropRules, values.without);
      if (!dropped) throw new Error(`--without: no rule matches ${values.without}`);
    }
    await page.tracing.start({ categories: CATEGORIES });
    await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      performance.mark('paint-trace:mount');
      await window.bench.mount();
      performance.mark('paint-trace:dom-complete');
      await frame();
      await frame();
      performance.mark('paint-trace:painted');
    });
    const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    return {
      render: summarise(eventsBetween(traceEvents, 'paint-trace:mount', 'paint-trace:dom-complete')),
      paint: summarise(eventsBetween(traceEvents, 'paint-trace:dom-complete', 'paint-trace:painted')),
    };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function print(renderer, window, samples) {
  const names = new Set(samples.flatMap((s) => [...s.self.keys()]));
  const rows = [...names].map((name) => [name, median(samples.map((s) => s.self.get(name) ?? 0))]).sort((a, b) => b[1] - a[1]);
  const counts = COUNTED.map((name) => `${name} ${median(samples.map((s) => s.counts.get(name)))}`).join(', ');
  const pipeline = samples.map((s) => [...s.self].reduce((sum, [name, ms]) => sum + (PIPELINE.has(name) ? ms : 0), 0));
  console.log(
    `\n${renderer}, ${window}: ${median(samples.map((s) => s.ms)).toFixed(1)} ms [${samples.map((s) => s.ms.toFixed(0)).join(' ')}]`,
  );
  const objects = median(samples.map((s) => s.layoutObjects));
  console.log(`  style to paint ${median(pipeline).toFixed(1)} ms [${pipeline.map((ms) => ms.toFixed(0)).join(' ')}]; ${counts}`);
  if (objects) console.log(`  layout objects ${objects}`);
  for (const [name, ms] of rows.slice(0, top)) if (ms >= 0.05) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

const server = await startServer(benchDir);
const browser = await launchBrowser();
try {
  const samples = new Map(renderers.map((r) => [r, []]));
  for (let i = 0; i < pages; i++) {
    const order = i % 2 ? [...renderers].reverse() : renderers;
    for (const renderer of order) samples.get(renderer).push(await tracePage(server, renderer));
  }
  console.log(
    `${values.workload}, ${values.validator} validator${values.without ? `, without rules matching /${values.without}/` : ''}, ${pages} pages each`,
  );
  for (const renderer of renderers) {
    print(
      renderer,
      'mount → DOM complete',
      samples.get(renderer).map((s) => s.render),
    );
    print(
      renderer,
      'DOM complete → painted',
      samples.get(renderer).map((s) => s.paint),
    );
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `\nnode bench/paint-trace.mjs ${process.argv.slice(2).join(' ')}; load average ${startLoad.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
);
