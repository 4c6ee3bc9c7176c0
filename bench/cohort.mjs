#!/usr/bin/env node
// Benchmark of <mk-cohort-summary> against a static table of the same cells (person, group, date and a
// level symbol per criterion), in headless Chromium: node bench/cohort.mjs [--size=5000] [--runs=7]
// Writes bench/results/cohort-latest.md and .json. See docs/benchmarks.md#cohort-summary.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { launchBrowser } from './lib/browser.mjs';
import { browserBuild } from './lib/esbuild-options.mjs';
import { benchDir, distDir, harnessDir, resultsDir, rootDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { median } from './lib/stats.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '7' },
  },
  strict: true,
});
const size = Number(values.size);
const runs = Number(values.runs);
const startedAt = new Date();

await build({
  ...browserBuild,
  absWorkingDir: rootDir,
  entryPoints: { 'cohort-page': join(harnessDir, 'cohort-page.mjs') },
  outdir: join(distDir, 'cohort'),
});
const server = await startServer(benchDir);
const browser = await launchBrowser();
const samples = { renderSummary: [], sortSummary: [], sortSummaryByCriterion: [], scrollSummary: [], renderStatic: [], sortStatic: [] };
let rendered = 0;
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.url}/harness/cohort.html`);
    await page.waitForFunction(() => 'cohortBench' in window);
    // Alternate which goes first, so neither always gets the warmer page.
    const order = run % 2 ? ['static', 'summary'] : ['summary', 'static'];
    for (const which of order) {
      await page.evaluate((n) => window.cohortBench.prepare(n), size);
      if (which === 'summary') {
        samples.renderSummary.push(await page.evaluate(() => window.cohortBench.renderSummary()));
        rendered = await page.evaluate(() => window.cohortBench.renderedRows());
        samples.sortSummary.push(await page.evaluate(() => window.cohortBench.sortSummary(0)));
        samples.sortSummaryByCriterion.push(await page.evaluate(() => window.cohortBench.sortSummary(12)));
        samples.scrollSummary.push(await page.evaluate(() => window.cohortBench.scrollSummary()));
      } else {
        samples.renderStatic.push(await page.evaluate(() => window.cohortBench.renderStatic()));
        samples.sortStatic.push(await page.evaluate(() => window.cohortBench.sortStatic()));
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const m = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (a, b) => `${(a / b).toPrecision(2)}×`;
const version = await (async () => {
  const b = await launchBrowser();
  try {
    return await b.version();
  } finally {
    await b.close();
  }
})();
const result = {
  date: startedAt.toISOString(),
  command: `node bench/cohort.mjs --size=${size} --runs=${runs}`,
  browser: version,
  size,
  criteria: 21,
  cells: size * 24,
  runs,
  loadAverage: loadavg()[0],
  renderedRows: rendered,
  medians: m,
  ratios: { render: m.renderSummary / m.renderStatic, sort: m.sortSummary / m.sortStatic },
  samples,
};
const markdown = `# Cohort summary benchmark

\`${result.command}\` on ${startedAt.toISOString().slice(0, 16)}Z, ${version}, load average ${result.loadAverage.toFixed(2)}.
${size} rubric records × 21 criteria (ITT mentor standards, RAG), ${result.cells} cells with person, group and date;
median of ${runs} runs, each on a fresh page. Times include the element's update and a forced style and layout.

| step | \`<mk-cohort-summary>\` | static table | ratio |
| --- | --- | --- | --- |
| first render | ${ms(m.renderSummary)} | ${ms(m.renderStatic)} | ${ratio(m.renderSummary, m.renderStatic)} |
| sort by person (descending) | ${ms(m.sortSummary)} | ${ms(m.sortStatic)} | ${ratio(m.sortSummary, m.sortStatic)} |
| sort by a criterion's level | ${ms(m.sortSummaryByCriterion)} | – | – |
| scroll half way (next frame) | ${ms(m.scrollSummary)} | – | – |

The summary renders ${rendered} of ${size} rows (those in view and a few more); the static table renders all of them.
`;
writeFileSync(join(resultsDir, 'cohort-latest.json'), JSON.stringify(result, null, 2) + '\n');
writeFileSync(join(resultsDir, 'cohort-latest.md'), markdown);
console.log(markdown);
