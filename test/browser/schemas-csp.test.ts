import { expect, waitUntil } from '@open-wc/testing';
import type { SchemasCspResults } from '../pages/schemas-csp-page.js';

const validators = ['observation', 'agreement', 'rubric', 'plan'].flatMap((kind) => [`${kind}-record`, `${kind}-template`]);

async function loadPage(): Promise<{ frame: HTMLIFrameElement; results: SchemasCspResults }> {
  const frame = document.createElement('iframe');
  frame.title = 'schemas under CSP';
  frame.src = '/test/pages/schemas-csp.html';
  document.body.append(frame);
  await waitUntil(() => frame.contentWindow?.results !== undefined, 'the page reports its results', { timeout: 8000 });
  return { frame, results: frame.contentWindow!.results! };
}

describe('@mentorkit/schemas under a strict Content-Security-Policy', () => {
  it('is served with a CSP that forbids eval', async () => {
    const response = await fetch('/test/pages/schemas-csp.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'");
    expect(policy).not.to.contain('unsafe-eval');
  });

  it('validates records with the precompiled validators and causes no violation', async () => {
    const { frame, results } = await loadPage();
    try {
      expect(results.error).to.equal(undefined);
      expect(results.violations).to.deep.equal([]);
      expect(results.validErrors).to.deep.equal([]);
      expect(results.invalidErrors.map((e) => `${e.pointer} ${e.keyword} ${e.key}`)).to.have.members([
        '/information/date format typeMismatch',
        '/ratings/point-1/level knownLevel unknownLevel',
      ]);
    } finally {
      frame.remove();
    }
  });

  it('ships validators that contain no eval or new Function', async () => {
    for (const name of validators) {
      const code = await (await fetch(`/packages/schemas/src/generated/validators/${name}.js`)).text();
      expect(code, name).to.contain('validate');
      expect(code, name).not.to.contain('new Function');
      expect(code, name).not.to.contain('eval(');
    }
  });
});
