#!/usr/bin/env node
// Where <mk-form>'s time goes: a CPU profile of one phase of the benchmark (render: mount → DOM complete, type,
// or submit) in headless Chromium, summed by function (self and total time) and by source file.
// node bench/profile.mjs [--workload=flat-500] [--renderer=mk-form|static|lit-form|rjsf] [--validator=runtime|compiled]
//   [--phase=render|type|submit] [--top=25]
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { buildHarness } from './lib/build-harness.mjs';
import { compileValidators } from './lib/compile-validators.mjs';
import { benchDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { generateWorkloads } from './lib/workloads.mjs';

const { values } = parseArgs({
  options: {
    workload: { type: 'string', default: 'flat-500' },
    renderer: { type: 'string', default: 'mk-form' },
    validator: { type: 'string', default: 'compiled' },
    phase: { type: 'string', default: 'render' },
    top: { type: 'string', default: '25' },
  },
  strict: true,
});
const size = Number(/-(\d+)$/.exec(values.workload)?.[1]);
if (!Number.isInteger(size)) throw new Error(`--workload: "${values.workload}" is not <name>-<size>, e.g. flat-500`);

const index = generateWorkloads([size]);
if (!index.some(({ id }) => id === values.workload)) throw new Error(`no workload ${values.workload}`);
await buildHarness({ names: true });
if (values.validator === 'compiled') await compileValidators(index.filter(({ id }) => id === values.workload));

const server = await startServer(benchDir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/harness/renderer.html?renderer=${values.renderer}&validator=${values.validator}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench !== undefined);
  await page.evaluate((id) => window.bench.load(id), values.workload);
  if (values.phase !== 'render') await page.evaluate(() => window.bench.render());
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const measured = await page.evaluate((phase) => {
    if (phase === 'render') return window.bench.mount();
    if (phase === 'type') return window.bench.type();
    if (phase === 'submit') return window.bench.submit();
    throw new Error(`--phase: "${phase}" is not render, type or submit`);
  }, values.phase);
  const { profile } = await cdp.send('Profiler.stop');
  report(profile, measured, Number(values.top));
} finally {
  await browser.close();
  await server.close();
}

/** Self time per function and per file, from the profile's samples and their time deltas. */
function report(profile, measured, top) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFunction = new Map();
  const byFile = new Map();
  let total = 0;
  for (const [id, ms] of selfTime) {
    const { callFrame } = byId.get(id);
    if (callFrame.functionName === '(idle)') continue;
    total += ms;
    const file = callFrame.url.replace(/^.*\/(dist|harness)\//, '') || callFrame.functionName;
    const name = `${callFrame.functionName || '(anonymous)'}  ${file}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const print = (title, map) => {
    console.log(`\n${title}`);
    for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
  };
  // Total time: a function's own samples and its callees' (counted once per sample, however deep it recurses).
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byFunctionTotal = new Map();
  for (const [id, ms] of selfTime) {
    if (byId.get(id).callFrame.functionName === '(idle)') continue;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { callFrame } = byId.get(at);
      if (!callFrame.url) continue;
      const name = `${callFrame.functionName || '(anonymous)'}  ${callFrame.url.replace(/^.*\/(dist|harness)\//, '')}:${callFrame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      byFunctionTotal.set(name, (byFunctionTotal.get(name) ?? 0) + ms);
    }
  }
  const what = { render: 'render → DOM complete', type: 'per keystroke', submit: 'submit → error shown' }[values.phase];
  console.log(`${values.renderer} on ${values.workload}, ${what}: ${measured.toFixed(1)} ms; ${total.toFixed(1)} ms sampled (not idle)`);
  print('Self time by function', byFunction);
  print('Total time by function (with what it calls)', byFunctionTotal);
  print('Self time by file (bundled chunks, or the engine for (program) and (garbage collector))', byFile);
}
