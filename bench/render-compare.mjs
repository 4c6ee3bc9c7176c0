#!/usr/bin/env node
// A/B of one renderer's render between checkouts (worktrees) of the repository, on one shared machine:
// node bench/render-compare.mjs [--workloads=flat-500,observation-500] [--pairs=5] [--renderer=mk-form]
//   [--validator=runtime|compiled] [--no-build] <checkout> <checkout>... (each with its dependencies and generated schemas).
// Each pair renders the workload once per checkout on fresh pages, the checkouts in turn and their order swapped every
// pair: main-thread CPU of mount → DOM complete from a Chrome trace (thread time of the renderer's top-level tasks;
// steadier than wall time while other jobs run) and its garbage collection, then on another fresh page the memory
// added by render (JS + DOM) and the JS heap added, as bench/run.mjs measures them. See docs/benchmarks.md
// "Render in session 7".
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: {
    workloads: { type: 'string', default: 'flat-500,observation-500' },
    pairs: { type: 'string', default: '5' },
    renderer: { type: 'string', default: 'mk-form' },
    validator: { type: 'string', default: 'runtime' },
    'no-build': { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const pairs = Number(values.pairs);
const workloads = values.workloads.split(',');
if (positionals.length < 1 || !(pairs > 0)) throw new Error('usage: node bench/render-compare.mjs [--pairs=N] <checkout> <checkout>...');
const sizes = [...new Set(workloads.map((id) => Number(/-(\d+)$/.exec(id)?.[1])))];

const checkouts = [];
let launchBrowser;
for (const dir of positionals.map((p) => resolve(p))) {
  const lib = (file) => import(join(dir, 'bench/lib', file));
  const { startServer } = await lib('server.mjs');
  const { benchDir } = await lib('paths.mjs');
  ({ launchBrowser } = await lib('browser.mjs'));
  if (!values['no-build']) {
    const index = (await lib('workloads.mjs')).generateWorkloads(sizes);
    await (await lib('build-harness.mjs')).buildHarness();
    if (values.validator === 'compiled')
      await (await lib('compile-validators.mjs')).compileValidators(index.filter(({ id }) => workloads.includes(id)));
  }
  checkouts.push({ dir, server: await startServer(benchDir) });
}
const browser = await launchBrowser();
const startLoad = loadavg()[0];

async function freshPage(checkout, id) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${checkout.server.url}/harness/renderer.html?renderer=${values.renderer}&validator=${values.validator}`, {
    waitUntil: 'load',
  });
  await page.waitForFunction(() => window.bench !== undefined);
  await page.evaluate((workload) => window.bench.load(workload), id);
  return { context, page };
}

/** Thread time of the renderer main thread's top-level tasks while mounting, and of its garbage collections. */
async function cpuOfMount(checkout, id) {
  const { context, page } = await freshPage(checkout, id);
  try {
    await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
    await page.evaluate(() => window.bench.mount());
    const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    const main = new Set(
      traceEvents
        .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain')
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const onMain = traceEvents.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
    const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
    let cpu = 0;
    let end = -1;
    for (const task of tasks) {
      if (task.ts < end) continue; // nested in the task before
      end = task.ts + task.dur;
      cpu += (task.tdur ?? task.dur) / 1000;
    }
    const gc = onMain.filter((e) => e.name === 'MajorGC' || e.name === 'MinorGC').reduce((sum, e) => sum + (e.tdur ?? e.dur) / 1000, 0);
    return { cpu, gc };
  } finally {
    await context.close();
  }
}

async function memoryOfRender(checkout, id) {
  const { context, page } = await freshPage(checkout, id);
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    };
    const heapBefore = await heap();
    const before = await page.evaluate(() => window.bench.memory());
    const { dom } = await page.evaluate(() => window.bench.render());
    const heapAfter = await heap();
    const after = await page.evaluate(() => window.bench.memory());
    return { memory: (after - before) / 1e6, heap: (heapAfter - heapBefore) / 1e6, nodes: dom.nodes };
  } finally {
    await context.close();
  }
}

// A trace now and then has no task of the page's main thread (0 ms): such a sample is taken again.
const median = (xs) => {
  const s = xs.filter((x) => x > 0).sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const list = (xs, digits = 0) => xs.map((x) => x.toFixed(digits)).join(' ');
try {
  for (const id of workloads) {
    const samples = checkouts.map(() => ({ cpu: [], gc: [], memory: [], heap: [], nodes: 0 }));
    for (let pair = 0; pair < pairs; pair++) {
      const order = pair % 2 ? [...checkouts.keys()].reverse() : [...checkouts.keys()];
      for (const i of order) {
        let mount = await cpuOfMount(checkouts[i], id);
        for (let retry = 0; retry < 3 && mount.cpu === 0; retry++) mount = await cpuOfMount(checkouts[i], id);
        const rendered = await memoryOfRender(checkouts[i], id);
        const s = samples[i];
        s.cpu.push(mount.cpu);
        s.gc.push(mount.gc);
        s.memory.push(rendered.memory);
        s.heap.push(rendered.heap);
        s.nodes = rendered.nodes;
      }
    }
    console.log(`\n${id} (${values.renderer}, ${values.validator} validator), ${pairs} pairs`);
    checkouts.forEach(({ dir }, i) => {
      const s = samples[i];
      console.log(
        `${dir}: cpu ${median(s.cpu).toFixed(1)} ms [${list(s.cpu)}], gc [${list(s.gc)}]; memory added ${median(s.memory).toFixed(2)} MB ` +
          `[${list(s.memory, 2)}], JS heap added ${median(s.heap).toFixed(2)} MB; ${s.nodes} DOM nodes`,
      );
    });
  }
} finally {
  await browser.close();
  for (const { server } of checkouts) await server.close();
}
console.log(
  `\nnode bench/render-compare.mjs ${process.argv.slice(2).join(' ')}; load average ${startLoad.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
);
