// Minifies the CSS of Lit's css`…` literals at build time, as the rest of the code is: esbuild leaves a
// template literal's text as written (indentation, line breaks, comments), and each element ships its styles.
// Used by the package build (rollup, after TypeScript: dist/ is what bundlers read), the browser build and the
// benchmark's builds of the sources (esbuild), so all three ship the same CSS. Literals with `${…}` are left.
import { readFile } from 'node:fs/promises';
import { transformSync } from 'esbuild';
import MagicString from 'magic-string';

// TypeScript's output writes the tag with a space (css `…`).
const literal = /\bcss\s*`([^`\\$]*)`/g;

/** The code with every plain css`…` literal minified, and its source map; undefined when there is none. */
export function minifyCssLiterals(code, id) {
  if (!/\bcss\s*`/.test(code)) return undefined;
  const out = new MagicString(code);
  for (const match of code.matchAll(literal)) {
    // `charset: 'utf8'`: by default esbuild writes a non-ASCII character as a CSS escape (`'⚠'` as `"\26a0 "`), and
    // in a template literal `\2…` is no escape at all, so the tag gets `undefined` for the whole sheet.
    const css = transformSync(match[1], { loader: 'css', minify: true, charset: 'utf8', logLevel: 'silent' }).code.trim();
    if (/[`\\]|\$\{/.test(css)) throw new Error(`${id}: the minified css\`…\` would hold a backtick, backslash or \${: ${css}`);
    const start = match.index + match[0].indexOf('`') + 1;
    out.overwrite(start, start + match[1].length, css);
  }
  return { code: out.toString(), map: out.generateMap({ hires: true, source: id, includeContent: true }) };
}

/** Rollup plugin (place it after the TypeScript plugin). */
export function cssLiteralsRollup() {
  return { name: 'minify-css-literals', transform: (code, id) => minifyCssLiterals(code, id) };
}

/** esbuild plugin for the workspace packages' TypeScript sources. */
export function cssLiteralsEsbuild() {
  return {
    name: 'minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
        const text = await readFile(path, 'utf8');
        return { contents: minifyCssLiterals(text, path)?.code ?? text, loader: 'ts' };
      });
    },
  };
}
