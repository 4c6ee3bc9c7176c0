#!/usr/bin/env node
// What the documents page's DOM costs with no script of ours: node bench/load-floor.mjs [--runs=N].
// Each run renders the 50 documents, takes the rendered DOM (each shadow root as declarative shadow DOM, its adopted
// style sheets as a <style>), sets it with setHTMLUnsafe on a blank page, and renders the static twin; prints the
// main-thread CPU time (ThreadTime) and render → painted of the three. See docs/benchmarks.md "Load in session 7".
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { buildLoadPage } from './lib/build-load.mjs';
import { metricsOf, onFreshPage, renderOnFreshPage } from './lib/page-metrics.mjs';
import { benchDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
await buildLoadPage();
const server = await startServer(benchDir);
const browser = await launchBrowser();
const ms = (x) => x.toFixed(0).padStart(5);
try {
  for (let run = 0; run < runs; run++) {
    const { html, controls } = await renderedDom();
    const documents = await renderOnFreshPage(browser, server.url, 'documents', 50);
    const floor = await asStaticHtml(html);
    const twin = await renderOnFreshPage(browser, server.url, 'static', controls);
    console.log(
      `run ${run + 1}: documents cpu ${ms(documents.cpu)} painted ${ms(documents.painted)} | their DOM as HTML (${floor.elements} elements, ` +
        `${(html.length / 1e6).toFixed(1)} MB) cpu ${ms(floor.cpu)} painted ${ms(floor.painted)} | twin cpu ${ms(twin.cpu)} painted ${ms(twin.painted)} | load ${loadavg()[0].toFixed(1)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

/** The documents page's DOM after a render, shadow roots included, and its native controls by kind. */
function renderedDom() {
  return onFreshPage(browser, server.url, 'documents', 50, async (page) => {
    const { controls } = await page.evaluate(() => window.loadBench.render());
    const html = await page.evaluate(() => {
      const roots = [];
      const collect = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (!el.shadowRoot) continue;
          const style = document.createElement('style');
          style.textContent = el.shadowRoot.adoptedStyleSheets
            .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
            .join('\n');
          el.shadowRoot.prepend(style);
          roots.push(el.shadowRoot);
          collect(el.shadowRoot);
        }
      };
      const root = document.getElementById('root');
      collect(root);
      return root.getHTML({ shadowRoots: roots });
    });
    return { html, controls };
  });
}

/** `html` set with setHTMLUnsafe on a blank page (no element defined): main-thread CPU and → painted. */
async function asStaticHtml(html) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><html lang="en"><body><div id="root"></div></body></html>');
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metricsOf(cdp);
    const painted = await page.evaluate(async (markup) => {
      const t0 = performance.now();
      document.getElementById('root').setHTMLUnsafe(markup);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return performance.now() - t0;
    }, html);
    const after = await metricsOf(cdp);
    const elements = await page.evaluate(() => {
      let n = 0;
      const count = (root) => {
        for (const el of root.querySelectorAll('*')) {
          n++;
          if (el.shadowRoot) count(el.shadowRoot);
        }
      };
      count(document.getElementById('root'));
      return n;
    });
    return { cpu: 1000 * (after.ThreadTime - before.ThreadTime), painted, elements };
  } finally {
    await context.close();
  }
}
