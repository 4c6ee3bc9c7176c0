#!/usr/bin/env node
// What one render adds on a fresh page, the benchmark's render (mount → DOM complete → the validator ready):
//   --report=heap: heap snapshots before mount and after render; the objects of the second not in the first, by V8/Blink
//     node type (code is V8's: bytecode, baseline and optimised machine code, feedback) and by type and name.
//   --report=code: the functions first run during mount → DOM complete (V8 precise coverage) and their own source
//     bytes (what V8 parses and compiles on a first call), by source module; a build with names (esbuild's module
//     comments name the modules, and the bytes are those of unminified code).
// node bench/first-render.mjs [--report=heap|code] [--workload=flat-20] [--renderer=mk-form|lit-form|static|rjsf]
//   [--validator=runtime|compiled] [--top=40] [--no-build]. See docs/benchmarks.md "First render in session 8".
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { buildHarness } from './lib/build-harness.mjs';
import { compileValidators } from './lib/compile-validators.mjs';
import { benchDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { generateWorkloads } from './lib/workloads.mjs';

const { values } = parseArgs({
  options: {
    report: { type: 'string', default: 'heap' },
    workload: { type: 'string', default: 'flat-20' },
    renderer: { type: 'string', default: 'mk-form' },
    validator: { type: 'string', default: 'runtime' },
    top: { type: 'string', default: '40' },
    'no-build': { type: 'boolean', default: false },
  },
  strict: true,
});
if (!['heap', 'code'].includes(values.report)) throw new Error(`--report: "${values.report}" is not heap or code`);
const size = Number(/-(\d+)$/.exec(values.workload)?.[1]);
if (!Number.isInteger(size)) throw new Error(`--workload: "${values.workload}" is not <name>-<size>, e.g. flat-20`);
const index = generateWorkloads([size]);
if (!values['no-build']) await buildHarness({ names: values.report === 'code' });
if (values.validator === 'compiled') await compileValidators(index.filter(({ id }) => id === values.workload));
const top = Number(values.top);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);

async function snapshot(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot: meta, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = meta.meta.node_fields;
  const [type, name, id, size] = ['type', 'name', 'id', 'self_size'].map((field) => fields.indexOf(field));
  const types = meta.meta.node_types[0];
  const byId = new Map();
  for (let i = 0; i < nodes.length; i += fields.length)
    byId.set(nodes[i + id], { type: types[nodes[i + type]], name: strings[nodes[i + name]], size: nodes[i + size] });
  return byId;
}

async function heapReport(page, cdp) {
  await cdp.send('HeapProfiler.enable');
  const before = await snapshot(cdp);
  await page.evaluate(() => window.bench.render());
  const after = await snapshot(cdp);
  const byType = new Map();
  const byName = new Map();
  let total = 0;
  for (const [id, node] of after) {
    if (before.has(id)) continue;
    total += node.size;
    byType.set(node.type, (byType.get(node.type) ?? 0) + node.size);
    const key = `${node.type}: ${node.name.slice(0, 80)}`;
    const entry = byName.get(key) ?? { size: 0, count: 0 };
    entry.size += node.size;
    entry.count += 1;
    byName.set(key, entry);
  }
  console.log(`${values.renderer} on ${values.workload} (${values.validator} validator): ${kb(total).trim()} of new objects`);
  for (const [nodeType, bytes] of [...byType].sort((a, b) => b[1] - a[1])) console.log(`${kb(bytes)}  ${nodeType}`);
  console.log('');
  for (const [key, { size: bytes, count }] of [...byName].sort((a, b) => b[1].size - a[1].size).slice(0, top))
    console.log(`${kb(bytes)} ${String(count).padStart(6)}×  ${key}`);
}

async function codeReport(page, cdp) {
  await cdp.send('Debugger.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  // What ran before mount (loading the page and the workload) is not the render's.
  const ranBefore = new Set();
  for (const script of (await cdp.send('Profiler.takePreciseCoverage')).result)
    for (const { ranges } of script.functions) if (ranges[0].count > 0) ranBefore.add(`${script.scriptId}:${ranges[0].startOffset}`);
  await page.evaluate(() => window.bench.mount());
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  const byModule = new Map();
  let functions = 0;
  let total = 0;
  for (const script of result) {
    if (!script.url.includes('/dist/')) continue;
    const { scriptSource } = await cdp.send('Debugger.getScriptSource', { scriptId: script.scriptId });
    const modules = [...scriptSource.matchAll(/^\/\/ (\S+\.(?:ts|js|mjs))$/gm)].map((m) => ({
      at: m.index,
      name: m[1].replace(/.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^packages\//, ''),
    }));
    const moduleAt = (offset) => modules.findLast(({ at }) => at <= offset)?.name ?? script.url.replace(/.*\//, '');
    // A function's own bytes: its range less the functions directly inside it.
    const list = script.functions
      .map(({ ranges: [range] }) => ({ start: range.startOffset, end: range.endOffset, count: range.count }))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const open = [];
    for (const fn of list) {
      fn.own = fn.end - fn.start;
      while (open.length && open.at(-1).end <= fn.start) open.pop();
      if (open.length) open.at(-1).own -= fn.end - fn.start;
      open.push(fn);
    }
    for (const fn of list) {
      if (fn.count === 0 || fn.start === 0 || ranBefore.has(`${script.scriptId}:${fn.start}`)) continue;
      const name = moduleAt(fn.start);
      byModule.set(name, (byModule.get(name) ?? 0) + fn.own);
      functions += 1;
      total += fn.own;
    }
  }
  console.log(
    `${values.renderer} on ${values.workload}: ${functions} functions first run in mount → DOM complete, ${kb(total).trim()} of their own source`,
  );
  for (const [name, bytes] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(bytes)}  ${name}`);
}

const server = await startServer(benchDir);
const browser = await launchBrowser();
try {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/harness/renderer.html?renderer=${values.renderer}&validator=${values.validator}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench !== undefined);
  await page.evaluate((id) => window.bench.load(id), values.workload);
  const cdp = await page.createCDPSession();
  await (values.report === 'heap' ? heapReport(page, cdp) : codeReport(page, cdp));
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
