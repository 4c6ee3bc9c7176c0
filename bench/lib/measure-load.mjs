/**
 * One scenario of the load benchmark on a fresh browser context: `documents` (render, typing),
 * `static` (render, typing) or `rubric` (render, rating changes). Returns one sample.
 */
export async function measureLoad(browser, baseUrl, scenario, argument) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${baseUrl}/load/load.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.loadBench !== undefined);
    if (!(await page.evaluate(() => window.crossOriginIsolated))) throw new Error('load page is not cross-origin isolated');
    await page.evaluate((s, a) => window.loadBench.prepare(s, a), scenario, argument);
    const sample = await page.evaluate(() => window.loadBench.render());
    if (scenario === 'rubric') Object.assign(sample, await page.evaluate(() => window.loadBench.rate()));
    else {
      const { perKeystroke, script, what } = await page.evaluate(() => window.loadBench.type());
      Object.assign(sample, { perKeystroke, script, typedInto: what });
    }
    if (errors.length) throw new Error(`${scenario}: page error: ${errors[0].message}`);
    return sample;
  } finally {
    await context.close();
  }
}
