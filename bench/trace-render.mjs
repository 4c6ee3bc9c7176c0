#!/usr/bin/env node
// What the main thread does between mount and DOM complete: a Chrome trace (devtools.timeline, v8) of one render in
// headless Chromium, its trace events summed by name (self time: an event's duration less its children's), and its
// top-level tasks in order. For finding the work a CPU profile shows as "(program)" (Blink outside any script frame:
// style, layout, HTML parsing, microtask checkpoints, compiling).
// node bench/trace-render.mjs [--workload=observation-500] [--renderer=mk-form] [--validator=runtime|compiled]
//   [--pages=3] [--top=30] [--tasks]
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
    renderer: { type: 'string', default: 'mk-form' },
    validator: { type: 'string', default: 'runtime' },
    pages: { type: 'string', default: '3' },
    top: { type: 'string', default: '30' },
    tasks: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
  strict: true,
});
const size = Number(/-(\d+)$/.exec(values.workload)?.[1]);
if (!Number.isInteger(size)) throw new Error(`--workload: "${values.workload}" is not <name>-<size>, e.g. flat-500`);
const index = generateWorkloads([size]);
if (!values['no-build']) {
  await buildHarness();
  if (values.validator === 'compiled') await compileValidators(index.filter(({ id }) => id === values.workload));
}
const startLoad = loadavg()[0];
const server = await startServer(benchDir);
const browser = await launchBrowser();

/** Self time of each event (its duration less its children's) on one thread; events nest by time. */
function selfTimes(events) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const self = new Map();
  const add = (e, ms) => self.set(e.name, (self.get(e.name) ?? 0) + ms);
  for (const e of sorted) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) add(parent, -e.dur / 1000);
    add(e, e.dur / 1000);
    stack.push(e);
  }
  return self;
}

const totals = new Map();
try {
  for (let i = 0; i < Number(values.pages); i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/harness/renderer.html?renderer=${values.renderer}&validator=${values.validator}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench !== undefined);
    await page.evaluate((id) => window.bench.load(id), values.workload);
    await page.tracing.start({
      categories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'blink',
        'blink.user_timing',
      ],
    });
    const measured = await page.evaluate(() => {
      performance.mark('mount-start');
      return window.bench.mount().then((ms) => {
        performance.mark('mount-end');
        return ms;
      });
    });
    const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    await context.close();
    const main = new Set(
      traceEvents
        .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain')
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const mark = (name) => traceEvents.find((e) => e.name === name && main.has(`${e.pid}:${e.tid}`))?.ts;
    const start = mark('mount-start');
    const end = mark('mount-end');
    if (start === undefined || end === undefined) throw new Error('no mount marks in the trace');
    const onMain = traceEvents.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && e.ts + e.dur >= start && e.ts <= end);
    const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
    console.log(
      `page ${i + 1}: mount → DOM complete ${measured.toFixed(1)} ms (${((end - start) / 1000).toFixed(1)} ms between the marks)`,
    );
    if (values.tasks) {
      let last = -1;
      for (const task of tasks) {
        if (task.ts < last) continue;
        last = task.ts + task.dur;
        const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= last);
        const top = [...selfTimes([task, ...inside])].sort((a, b) => b[1] - a[1]).slice(0, 4);
        console.log(
          `  task at +${((task.ts - start) / 1000).toFixed(1)} ms, ${(task.dur / 1000).toFixed(1)} ms: ` +
            top.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', '),
        );
      }
    }
    for (const [name, ms] of selfTimes(onMain)) totals.set(name, (totals.get(name) ?? 0) + ms / Number(values.pages));
  }
  console.log(`\nself time by trace event, mean of ${values.pages} pages (ms):`);
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
    console.log(`${ms.toFixed(2).padStart(9)}  ${name}`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `\nnode bench/trace-render.mjs ${process.argv.slice(2).join(' ')}; load average ${startLoad.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
);
