#!/usr/bin/env node
// Benchmark of <mk-form> against static markup, a one-LitElement form and RJSF 6:
// node bench/run.mjs [--sizes=20,100,500,2000] [--runs=N] [--large-runs=N] [--quick] [--validator=…] [--no-compile-hints] [--renderers=…]
// See docs/benchmarks.md.
import { loadavg } from 'node:os';
import { parseOptions } from './lib/args.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { buildHarness } from './lib/build-harness.mjs';
import { measureBundle } from './lib/bundle-size.mjs';
import { describeRun } from './lib/environment.mjs';
import { benchDir } from './lib/paths.mjs';
import { renderTargets } from './lib/report.mjs';
import { runPages } from './lib/run-pages.mjs';
import { startServer } from './lib/server.mjs';
import { summarise } from './lib/summarise.mjs';
import { generateWorkloads } from './lib/workloads.mjs';
import { compileValidators } from './lib/compile-validators.mjs';
import { writeResults } from './lib/write-results.mjs';

const argv = process.argv.slice(2);
const options = parseOptions(argv);
const startedAt = new Date();

const index = generateWorkloads(options.sizes);
await buildHarness({ compileHints: options.compileHints });
const validatorSizes = options.validator === 'compiled' ? await compileValidators(index) : undefined;
const bundle = await measureBundle();

const server = await startServer(benchDir);
const browser = await launchBrowser();
let meta;
let samples;
try {
  meta = await describeRun(browser, argv, startedAt);
  meta.validator = options.validator;
  meta.compileHints = options.compileHints;
  console.log(
    `${meta.browser}, ${options.runs} runs (${options.largeRuns} at N ≥ 2000), ${options.renderers.join(', ')}, harness at ${server.url}`,
  );
  samples = await runPages(browser, server.url, index, options);
} finally {
  await browser.close();
  await server.close();
}

meta.loadAverageAtEnd = loadavg()[0];
meta.seconds = (Date.now() - startedAt.getTime()) / 1000;
const summary = { ...summarise({ meta, index, samples, bundle, renderers: options.renderers }), validatorSizes };
const written = writeResults(summary, `${options.validator === 'compiled' ? '-compiled' : ''}${options.compileHints ? '' : '-no-hints'}`);
console.log(`\n${renderTargets(summary)}\n\nwrote ${written.join(', ')}`);
