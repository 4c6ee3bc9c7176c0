#!/usr/bin/env node
// Load benchmark: 50 document elements on one page against a static twin with the same native controls,
// and <mk-rag-rubric> with generated rubrics of 100 and 2000 criteria.
// node bench/load.mjs [--runs=N] [--count=50] [--sizes=100,2000] [--profile=documents|static|rubric-N [--top=30]].
// See docs/benchmarks.md.
import { writeFileSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { buildLoadPage } from './lib/build-load.mjs';
import { describeRun } from './lib/environment.mjs';
import { renderLoadMarkdown, summariseLoad } from './lib/load-report.mjs';
import { measureLoad } from './lib/measure-load.mjs';
import { profileLoad } from './lib/profile-load.mjs';
import { benchDir, resultsDir, rootDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';

const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv,
  options: {
    runs: { type: 'string', default: '3' },
    count: { type: 'string', default: '50' },
    sizes: { type: 'string', default: '100,2000' },
    profile: { type: 'string' },
    top: { type: 'string', default: '30' },
  },
  strict: true,
});
const runs = Number(values.runs);
const count = Number(values.count);
const sizes = values.sizes.split(',').map(Number);
if (![runs, count, ...sizes].every((n) => Number.isInteger(n) && n > 0))
  throw new Error('usage: node bench/load.mjs [--runs=N] [--count=50] [--sizes=100,2000]');
const startedAt = new Date();

await buildLoadPage({ names: values.profile !== undefined });
const server = await startServer(benchDir);
const browser = await launchBrowser();
if (values.profile !== undefined) {
  try {
    await profile(values.profile);
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(0);
}
const scenarios = [
  { id: 'documents', scenario: 'documents' },
  { id: 'static', scenario: 'static' },
  ...sizes.map((n) => ({ id: `rubric-${n}`, scenario: 'rubric', argument: n })),
];
const samples = Object.fromEntries(scenarios.map((s) => [s.id, []]));
let meta;
let staticCounts;
try {
  meta = await describeRun(browser, argv, startedAt);
  meta.command = ['node', 'bench/load.mjs', ...argv].join(' ');
  console.log(`${meta.browser}, ${runs} runs, ${count} document elements, rubrics of ${sizes.join(' and ')} criteria`);
  for (let run = 0; run < runs; run++) {
    // Alternate the order so that drift in the machine's load hits every scenario alike; the first run
    // starts with the documents page, whose control counts the static twin copies.
    const order = run % 2 === 0 ? scenarios : [...scenarios].reverse();
    for (const { id, scenario, argument } of order) {
      const arg = scenario === 'documents' ? count : scenario === 'static' ? staticCounts : argument;
      const sample = await measureLoad(browser, server.url, scenario, arg);
      if (scenario === 'documents') staticCounts ??= sample.controls;
      if (scenario === 'static' && JSON.stringify(sort(sample.controls)) !== JSON.stringify(sort(staticCounts)))
        throw new Error(`static twin has other controls: ${JSON.stringify(sample.controls)} vs ${JSON.stringify(staticCounts)}`);
      samples[id].push(sample);
      const change = sample.perKeystroke ?? sample.perChange;
      console.log(
        `run ${run + 1} ${id.padEnd(12)} dom ${ms(sample.domComplete)} painted ${ms(sample.painted)} per change ${ms(change)} script ${ms(sample.script)} ` +
          `(${total(sample.controls)} controls, ${sample.elements} mk- elements)`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
meta.loadAverageAtEnd = loadavg()[0];
meta.seconds = (Date.now() - startedAt.getTime()) / 1000;

const summary = summariseLoad({ meta, count, sizes, samples });
mkdirSync(resultsDir, { recursive: true });
const markdown = renderLoadMarkdown(summary);
const files = { 'load-latest.md': markdown, 'load-latest.json': JSON.stringify(summary, null, 2) + '\n' };
for (const [name, text] of Object.entries(files)) writeFileSync(join(resultsDir, name), text);
console.log(
  `\n${markdown}\nwrote ${Object.keys(files)
    .map((name) => relative(rootDir, join(resultsDir, name)))
    .join(', ')}`,
);

/** --profile: one render of the scenario under the CPU profiler (the static twin gets the documents page's controls). */
async function profile(id) {
  const rubric = /^rubric-(\d+)$/.exec(id);
  if (id !== 'documents' && id !== 'static' && !rubric) throw new Error(`--profile: "${id}" is not documents, static or rubric-N`);
  const top = Number(values.top);
  if (id === 'documents') return profileLoad(browser, server.url, 'documents', count, top);
  if (rubric) return profileLoad(browser, server.url, 'rubric', Number(rubric[1]), top);
  const { controls } = await measureLoad(browser, server.url, 'documents', count);
  return profileLoad(browser, server.url, 'static', controls, top);
}

function sort(counts) {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
function total(counts) {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
function ms(value) {
  return `${value.toFixed(2)} ms`.padStart(11);
}
