/**
 * Loaded after the test framework and before every browser test file (web-test-runner.config.mjs
 * `testRunnerHtml`). A failed assertion whose actual or expected value is a DOM node (`expect(el).to.equal(null)`)
 * never reached the runner: the node went with the error to web-test-runner, which reported nothing until its own
 * timeout, minutes later, with the browser disconnected. A root hook replaces the node by a description of it, so
 * such a test fails at once with a readable message. It imports nothing: `@open-wc/testing` loaded before the test
 * file would register its fixture cleanup before mocha's globals exist, and so never.
 */
const describeNode = (node: Node): string =>
  node instanceof Element ? node.outerHTML.slice(0, 500) : `${node.nodeName} ${JSON.stringify(node.textContent)}`;

const readable = (value: unknown): unknown => (value instanceof Node ? describeNode(value) : value);

mocha.suite.afterEach(function describeFailedNodes(this: Mocha.Context) {
  const failure = this.currentTest?.err as (Error & { actual?: unknown; expected?: unknown }) | undefined;
  if (!failure) return;
  failure.actual = readable(failure.actual);
  failure.expected = readable(failure.expected);
});
