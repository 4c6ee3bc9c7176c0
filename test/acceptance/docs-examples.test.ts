// Every other HTML and CSS example in docs/ (getting-started.md's pages run in documents.test.ts; the recipes
// have their own tests), loaded as the docs say: named files (`agreement-42.html`: …) as written, fragments
// inside a bare page that loads the browser build, under the guide's server and its strict CSP. Each element
// must upgrade and render, with no CSP violation, no uncaught error and no template or schema error; a page
// that loads a stored record shows it; each stylesheet parses without a rule dropped.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { hostPage, useDocsSite } from './support/browser.js';
import { guideFiles, root } from './support/docs-site.js';
import { until } from './support/user.js';

const docs = readdirSync(join(root, 'docs'))
  .filter((name) => name.endsWith('.md') && name !== 'getting-started.md')
  .map((name) => ({ name, markdown: readFileSync(join(root, 'docs', name), 'utf8') }));

/** The stored records the examples fetch, served from the site. */
const fixtures: Record<string, string> = {
  'agreements/42.json': 'respond-agreement',
  'rubrics/42.json': 'itt-mentor-standards-rag',
  'plans/42.json': 'respond-development-plan',
};

interface Example {
  doc: string;
  page: string;
  html: string;
}

const browserBuild = '<script type="module" src="/assets/mentorkit/all.js"></script>';

/** A fragment in the smallest page that can hold it; a whole document as it is. */
function asPage(block: string): string {
  if (/^<!doctype html>/i.test(block)) return block;
  const head = `<head><meta charset="utf-8" /><title>Example</title>${/<script type="module" src=/.test(block) ? '' : browserBuild}</head>`;
  if (/^<body/.test(block)) return `<!doctype html><html lang="en">${head}${block}</html>`;
  if (/^<html/.test(block))
    return block.replace(/^<html([^>]*)>/, `<!doctype html><html$1>${head}<body>`).replace(/<\/html>\s*$/, '</body></html>');
  return `<!doctype html><html lang="en">${head}<body>${block}</body></html>`;
}

const examples: Example[] = [];
const files = new Map<string, string>();
const stylesheets: { doc: string; css: string }[] = [];
for (const { name, markdown } of docs) {
  for (const [file, code] of guideFiles(markdown)) files.set(file, code);
  const named = new Set([...guideFiles(markdown).values()].map((code) => code.trim()));
  let n = 0;
  for (const [, lang, code] of markdown.matchAll(/^```(html|css)\n([\s\S]*?)\n```$/gm)) {
    if (lang === 'css') stylesheets.push({ doc: name, css: code! });
    else if (named.has(code!.trim())) {
      const file = [...guideFiles(markdown)].find(([, c]) => c.trim() === code!.trim())![0];
      examples.push({ doc: name, page: file, html: code! });
    } else examples.push({ doc: name, page: `example-${name.replace(/\.md$/, '')}-${++n}.html`, html: asPage(code!) });
  }
}

describe('the examples in docs/', () => {
  const ctx = useDocsSite();

  it('finds the examples', () => {
    assert.ok(examples.length >= 10, `${examples.length} HTML examples`);
    assert.ok(stylesheets.length >= 4, `${stylesheets.length} CSS examples`);
    for (const { html } of examples)
      assert.doesNotMatch(html, /<script type="module">/, 'no inline module script (the strict CSP blocks it)');
  });

  for (const example of examples) {
    it(`${example.doc}: ${example.page} renders under the strict CSP`, async () => {
      for (const [file, code] of files) ctx.site.addPage(file, code);
      for (const [url, template] of Object.entries(fixtures)) {
        ctx.site.addPage(url, readFileSync(join(root, 'schemas', 'examples', 'valid', `${template}.record.json`), 'utf8'));
      }
      ctx.site.addPage(example.page, example.html);
      const { page, problems } = await hostPage(ctx.browser);
      await page.goto(`${ctx.site.url}/${example.page}`);
      const rendered = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('mk-'))
            .map((el) => ({
              tag: el.localName,
              defined: customElements.get(el.localName) !== undefined,
              content: (el.shadowRoot?.textContent ?? '').trim().length,
              error: el.shadowRoot?.querySelector('[part="schema-error"]')?.textContent?.trim() ?? '',
              record: (el as unknown as { value?: { template?: { id?: string }; id?: string } }).value,
            })),
        );
      assert.ok(
        await until(async () => (await rendered()).every((el) => el.defined && el.content > 0), 15_000),
        `every element renders: ${JSON.stringify(await rendered())}`,
      );
      const elements = await rendered();
      assert.ok(elements.length > 0, 'the example has an element');
      for (const el of elements) assert.equal(el.error, '', `${el.tag} shows no schema or template error`);
      // A page that loads a stored record shows that record.
      const fetched = Object.keys(fixtures).find((url) => files.get(example.page.replace(/\.html$/, '.js'))?.includes(`/${url}`));
      if (fetched) {
        const expected = JSON.parse(readFileSync(join(root, 'schemas', 'examples', 'valid', `${fixtures[fetched]}.record.json`), 'utf8'));
        assert.ok(
          await until(async () => (await rendered()).some((el) => el.record?.id === expected.id)),
          `the record from /${fetched} is shown`,
        );
      }
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('every CSS example parses with no rule dropped, and loads under the strict CSP', async () => {
    const { page } = await hostPage(ctx.browser);
    await page.goto(`${ctx.site.url}/observation.html`);
    for (const { doc, css } of stylesheets) {
      const topLevel = [...css.replace(/\/\*[\s\S]*?\*\//g, '')].reduce(
        (state, char) =>
          char === '{'
            ? { depth: state.depth + 1, rules: state.rules + (state.depth === 0 ? 1 : 0) }
            : char === '}'
              ? { ...state, depth: state.depth - 1 }
              : state,
        { depth: 0, rules: 0 },
      ).rules;
      const parsed = await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        return sheet.cssRules.length;
      }, css);
      assert.equal(parsed, topLevel, `${doc}: ${css.split('\n')[0]} … keeps all ${topLevel} rules`);
    }
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    await page.close();
  });
});
