#!/usr/bin/env node
// A/B of the load benchmark's documents page between checkouts (worktrees) of the repository, on one shared machine:
// node bench/load-compare.mjs [--runs=N] <checkout> <checkout>... (each with its dependencies and generated schemas).
// Every run renders each checkout's documents page and its static twin on fresh pages, the checkouts in turn and
// their order swapped every run; prints main-thread CPU (ThreadTime), style, layout and painted per page, then medians.
// See docs/benchmarks.md "Load in session 7".
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { renderOnFreshPage } from './lib/page-metrics.mjs';

const { values, positionals } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
  },
  allowPositionals: true,
});
const runs = Number(values.runs);
if (positionals.length < 1 || !(runs > 0)) throw new Error('usage: node bench/load-compare.mjs [--runs=N] <checkout> <checkout>...');
const checkouts = [];
for (const dir of positionals.map((p) => resolve(p))) {
  const { buildLoadPage } = await import(`${dir}/bench/lib/build-load.mjs`);
  await buildLoadPage();
  const { startServer } = await import(`${dir}/bench/lib/server.mjs`);
  const { benchDir } = await import(`${dir}/bench/lib/paths.mjs`);
  checkouts.push({ dir, server: await startServer(benchDir), samples: [] });
}
const browser = await launchBrowser();
const startLoad = loadavg()[0];
const ms = (x) => x.toFixed(0).padStart(5);
let controls;
try {
  for (let run = 0; run < runs; run++)
    for (const checkout of run % 2 ? [...checkouts].reverse() : checkouts) {
      const documents = await renderOnFreshPage(browser, checkout.server.url, 'documents', 50);
      controls ??= documents.controls;
      const twin = await renderOnFreshPage(browser, checkout.server.url, 'static', controls);
      checkout.samples.push({ documents, twin });
      console.log(
        `run ${run + 1} ${checkout.dir}: documents cpu ${ms(documents.cpu)} (style ${ms(documents.style)}, layout ${ms(documents.layout)}) ` +
          `painted ${ms(documents.painted)} | twin cpu ${ms(twin.cpu)} painted ${ms(twin.painted)} | load ${loadavg()[0].toFixed(1)}`,
      );
    }
} finally {
  await browser.close();
  for (const { server } of checkouts) await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `\nnode bench/load-compare.mjs --runs=${runs} ${positionals.join(' ')}; load average ${startLoad.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
);
for (const { dir, samples } of checkouts) {
  const of = (page, key) => median(samples.map((s) => s[page][key]));
  console.log(
    `${dir}: documents cpu ${ms(of('documents', 'cpu'))} (min ${ms(Math.min(...samples.map((s) => s.documents.cpu)))}), painted ${ms(of('documents', 'painted'))}; ` +
      `twin cpu ${ms(of('twin', 'cpu'))}, painted ${ms(of('twin', 'painted'))} (medians of ${samples.length})`,
  );
}
if (checkouts.length === 2) {
  const lower = checkouts[1].samples.filter((s, i) => s.documents.cpu < checkouts[0].samples[i].documents.cpu).length;
  console.log(`documents cpu lower in ${lower} of ${runs} runs with ${checkouts[1].dir}`);
}
