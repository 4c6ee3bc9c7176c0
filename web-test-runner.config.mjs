// Every browser test runs in Debian's Chromium (no downloaded browser), TypeScript through esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { testServerMiddleware } from './test/support/test-server.mjs';
import { axTreePlugin } from './test/support/ax-tree-plugin.mjs';
import { corpusPlugin } from './test/support/corpus-plugin.mjs';
import { serverCheckPlugin } from './test/support/server-check-plugin.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['packages/*/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  rootDir: '.',
  // One page at a time: real keyboard input (sendKeys) goes to the focused page only.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  // test/support/readable-failures.ts: a failed assertion on a DOM node fails at once (see there).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="${testFramework}"></script><script type="module" src="/test/support/readable-failures.ts"></script></body></html>`,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  middleware: [testServerMiddleware],
  // axTreePlugin: executeServerCommand('ax-tree'), the page's whole accessibility tree (the cohort heatmap test reads its grid).
  // corpusPlugin: the schema corpus (test/corpus) and Ajv's verdict on a record, for test/browser/schema-corpus.test.ts.
  // serverCheckPlugin: executeServerCommand('server-check', { json }), a record checked in Node as a server checks it.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'esnext' }),
    axTreePlugin(),
    corpusPlugin(),
    serverCheckPlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter('test-results/browser.json')],
};
