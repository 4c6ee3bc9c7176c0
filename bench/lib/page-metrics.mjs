/** Page metrics (CDP `Performance.getMetrics`, thread time) by name. */
export async function metricsOf(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

/** `run(page, cdp)` on a fresh browser context with the load page prepared for `scenario`. */
export async function onFreshPage(browser, baseUrl, scenario, argument, run) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/load/load.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.loadBench !== undefined);
    await page.evaluate((s, a) => window.loadBench.prepare(s, a), scenario, argument);
    return await run(page, await page.createCDPSession());
  } finally {
    await context.close();
  }
}

/**
 * One render of a load scenario (`loadBench.render()`) on a fresh browser context: its main-thread CPU time, style
 * and layout (ms, from the page's metrics, which other work on a busy machine inflates less than wall-clock time),
 * render → painted, and the native controls by kind.
 */
export function renderOnFreshPage(browser, baseUrl, scenario, argument) {
  return onFreshPage(browser, baseUrl, scenario, argument, async (page, cdp) => {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metricsOf(cdp);
    const sample = await page.evaluate(() => window.loadBench.render());
    const after = await metricsOf(cdp);
    const delta = (name) => 1000 * (after[name] - before[name]);
    return {
      cpu: delta('ThreadTime'),
      style: delta('RecalcStyleDuration'),
      layout: delta('LayoutDuration'),
      painted: sample.painted,
      controls: sample.controls,
    };
  });
}
