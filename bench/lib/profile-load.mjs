import { metricsOf, onFreshPage } from './page-metrics.mjs';
import { printProfile } from './profile-report.mjs';

/** Page metrics (CDP `Performance.getMetrics`) whose change over a render says where its time went. */
const metrics = {
  ThreadTime: 'main thread CPU time',
  TaskDuration: 'tasks',
  ScriptDuration: 'script',
  RecalcStyleDuration: 'style',
  LayoutDuration: 'layout',
  V8CompileDuration: 'compile',
};

/**
 * Where one load scenario's render (mount → every element rendered → painted) spends its time, each on a fresh
 * browser context: the main thread's CPU time by phase (from the page's metrics, which a machine busy with other
 * work inflates less than wall-clock times), then a CPU profile by function and file, and the scripts the page
 * fetched during the render (lazy chunks).
 */
export async function profileLoad(browser, baseUrl, scenario, argument, top) {
  await onFreshPage(browser, baseUrl, scenario, argument, async (page, cdp) => {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metricsOf(cdp);
    const sample = await page.evaluate(() => window.loadBench.render());
    const after = await metricsOf(cdp);
    console.log(`${scenario}: render → all elements rendered ${ms(sample.domComplete)}, → painted ${ms(sample.painted)}`);
    for (const [name, what] of Object.entries(metrics)) console.log(`  ${what.padEnd(22)} ${ms(1000 * (after[name] - before[name]))}`);
    console.log(
      `  ${'layouts, style recalcs'.padEnd(22)} ${after.LayoutCount - before.LayoutCount}, ${after.RecalcStyleCount - before.RecalcStyleCount}`,
    );
  });
  await onFreshPage(browser, baseUrl, scenario, argument, async (page, cdp) => {
    const fetched = [];
    page.on('request', (request) => fetched.push(request.url().replace(/^.*\/load\//, '')));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const sample = await page.evaluate(() => window.loadBench.render());
    const { profile } = await cdp.send('Profiler.stop');
    printProfile(
      profile,
      `\n${scenario} under the profiler: → all elements rendered ${ms(sample.domComplete)}, → painted ${ms(sample.painted)}`,
      top,
      0.4, // 4× its sampling interval
    );
    console.log(`\n${fetched.length} requests during the render: ${fetched.join(', ')}`);
  });
}

function ms(value) {
  return `${value.toFixed(1)} ms`;
}
