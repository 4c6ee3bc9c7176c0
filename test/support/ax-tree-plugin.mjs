// A test-runner command that returns the page's whole accessibility tree as Chromium builds it
// (`page.accessibility.snapshot({ interestingOnly: false })`): unlike @web/test-runner-commands'
// a11ySnapshot, it keeps grids, rows and cells, so a test can read a grid cell by cell.
export function axTreePlugin() {
  return {
    name: 'ax-tree-command',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`ax-tree needs a Chromium launcher, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}
