import puppeteer from 'puppeteer-core';

export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Makes performance.measureUserAgentSpecificMemory() measure at once instead of at the next natural GC.
const MEASURE_MEMORY_NOW = '--enable-blink-features=ForceEagerMeasureMemory';

export function chromePath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

/** V8 flags for a diagnostic run (e.g. `BENCH_JS_FLAGS=--no-sparkplug`); never set in a committed run. */
function jsFlags() {
  return process.env.BENCH_JS_FLAGS ? [`--js-flags=${process.env.BENCH_JS_FLAGS}`] : [];
}

export function launchBrowser() {
  return puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: [...CHROME_ARGS, MEASURE_MEMORY_NOW, ...jsFlags()],
    protocolTimeout: 300_000,
  });
}
