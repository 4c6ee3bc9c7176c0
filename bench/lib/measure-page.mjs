/**
 * Measures one renderer on one workload in a fresh browser context (its own page, process and
 * caches). Returns one sample of every per-page metric.
 */
export async function measurePage(browser, baseUrl, workloadId, renderer, validator = 'runtime') {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${baseUrl}/harness/renderer.html?renderer=${renderer}&validator=${validator}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench !== undefined);
    if (!(await page.evaluate(() => window.crossOriginIsolated))) throw new Error('harness page is not cross-origin isolated');
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');

    await page.evaluate((id) => window.bench.load(id), workloadId);
    const heapBefore = await jsHeapUsed(cdp);
    const memoryBefore = await page.evaluate(() => window.bench.memory());
    const { domComplete, painted, dom } = await page.evaluate(() => window.bench.render());
    const heapAfter = await jsHeapUsed(cdp);
    const memoryAfter = await page.evaluate(() => window.bench.memory());
    const typing = await page.evaluate(() => window.bench.type());
    const submit = await page.evaluate(() => window.bench.submit());
    const typingAfterSubmit = await page.evaluate(() => window.bench.type());

    if (errors.length) throw new Error(`${renderer} on ${workloadId}: page error: ${errors[0].message}`);
    return {
      domComplete,
      painted,
      domElements: dom.elements,
      domNodes: dom.nodes,
      domComments: dom.comments,
      shadowRoots: dom.shadowRoots,
      typing,
      submit,
      typingAfterSubmit,
      heapBefore,
      heapAfter,
      heapDelta: heapAfter - heapBefore,
      memoryBefore,
      memoryAfter,
      memoryDelta: memoryAfter - memoryBefore,
    };
  } finally {
    await context.close();
  }
}

/** JSHeapUsedSize after forced GCs: V8's heap only (DOM nodes live in Blink's heap and are not in it). */
async function jsHeapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
}
