import { expect, waitUntil } from '@open-wc/testing';

describe('elements under a strict Content-Security-Policy', () => {
  it('are tested under exactly the policy docs/security.md documents, and no wider', async () => {
    const page = await fetch('/test/pages/elements-csp.html');
    const policy = page.headers.get('Content-Security-Policy');
    expect(policy).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
    const docs = await (await fetch('/docs/security.md')).text();
    expect(docs).to.contain(`Content-Security-Policy: ${policy}\n`);
    expect(policy).not.to.contain('img-src');
  });

  it('render, fill, validate and submit with no violation but the deliberate probe', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'elements under CSP';
    frame.src = '/test/pages/elements-csp.html';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentWindow?.elementsCsp !== undefined, 'the page reports its results', { timeout: 20000 });
      const results = frame.contentWindow!.elementsCsp!;
      expect(results.probeBlocked, 'new Function is blocked on this page').to.equal(true);
      expect(
        results.violations.filter((v) => !v.startsWith('script-src') || !v.includes(' eval ')),
        results.violations.join('\n'),
      ).to.deep.equal([]);
      expect(results.violations.length, 'only the probe').to.equal(1);
      for (const result of results.cases) {
        expect(result.error, result.name).to.equal(undefined);
        expect(result.invalidFirst, `${result.name} refuses the incomplete record`).to.equal(true);
        expect(result.submitted, `${result.name} submits after filling`).to.be.an('object');
      }
      expect((results.cases[0]!.submitted as { observer: string }).observer).to.equal('Anna Berg');
    } finally {
      frame.remove();
    }
  });
});
