#!/usr/bin/env node
// Where <mk-form>'s time goes: a CPU profile of one phase of the benchmark (render: mount → DOM complete, type,
// or submit) in headless Chromium, summed by function (self and total time) and by source file.
// node bench/profile.mjs [--workload=flat-500] [--renderer=mk-form|static|lit-form|rjsf] [--validator=runtime|compiled]
//   [--phase=render|type|submit] [--top=25]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { buildHarness } from './lib/build-harness.mjs';
import { compileValidators } from './lib/compile-validators.mjs';
import { benchDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { generateWorkloads } from './lib/workloads.mjs';
import { printProfile, windowed } from './lib/profile-report.mjs';

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
  // As in the benchmark, a submit follows typing (whose whole-record check is then still to come).
  if (values.phase === 'submit') await page.evaluate(() => window.bench.type());
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const measured = await page.evaluate(async (phase) => {
    // Marks of the measured window in the profile: a function of its own name, running for a millisecond.
    const spin = () => {
      const t0 = performance.now();
      while (performance.now() - t0 < 1);
    };
    const profileWindowStart = () => spin();
    const profileWindowEnd = () => spin();
    profileWindowStart();
    let ms;
    if (phase === 'render') ms = await window.bench.mount();
    else if (phase === 'type') ms = await window.bench.type();
    else if (phase === 'submit') ms = await window.bench.submit();
    else throw new Error(`--phase: "${phase}" is not render, type or submit`);
    profileWindowEnd();
    return ms;
  }, values.phase);
  const { profile } = await cdp.send('Profiler.stop');
  windowed(profile, 'profileWindowStart', 'profileWindowEnd');
  const what = { render: 'render → DOM complete', type: 'per keystroke', submit: 'submit → error shown' }[values.phase];
  // PROFILE_OUT=file.cpuprofile keeps the windowed profile (for DevTools, or to find who calls a function).
  if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  printProfile(profile, `${values.renderer} on ${values.workload}, ${what}: ${measured.toFixed(1)} ms`, Number(values.top), 0.2); // 4× the interval
} finally {
  await browser.close();
  await server.close();
}
