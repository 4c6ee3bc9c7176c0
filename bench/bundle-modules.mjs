#!/usr/bin/env node
// Where an entry's main chunk comes from, module by module: the entry built as bench/bundles.mjs builds it
// (production ESM, Lit included, minified, code splitting), then each source file's minified bytes in the
// chunks every page loads, largest first, with the gzip of the whole. Nothing is written.
//   node bench/bundle-modules.mjs                                   # @mentorkit/core/define/form.js, top 40
//   node bench/bundle-modules.mjs @mentorkit/elements/define/observation-form.js --top=80 --lazy
//   node bench/bundle-modules.mjs --gzip                            # what each module costs the main chunk's gzip
// --lazy lists the chunks only `import()` reaches instead. --gzip adds each module's share of the main chunk's gzip: what
// the gzip loses when the module's code is left out (of a build without minified white space). See docs/benchmarks.md.
import { parseArgs } from 'node:util';
import { BUNDLE_ENTRY, gzipShares, measureBundle } from './lib/bundle-size.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '40' },
    lazy: { type: 'boolean', default: false },
    gzip: { type: 'boolean', default: false },
  },
});
const entry = positionals[0] ?? BUNDLE_ENTRY;
const { main, lazy, modules } = await measureBundle(entry);
const part = values.lazy ? lazy : main;
const rows = values.lazy ? modules.lazy : modules.main;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `${entry} ${values.lazy ? 'lazy chunks' : 'main chunk'}: ${part.files.length} files, ${kb(part.raw)} minified, ${kb(part.gzip)} gzip`,
);
const total = rows.reduce((sum, { bytes }) => sum + bytes, 0);
if (values.gzip && values.lazy) throw new Error('--gzip measures the main chunk: leave out --lazy');
const shares = values.gzip ? await gzipShares(entry) : undefined;
if (shares) console.log(`minified bytes, then gzip share (of ${kb(shares.gzip)} gzip without minified white space)`);
const shareOf = new Map(shares?.shares.map(({ source, bytes }) => [source, bytes]));
for (const { source, bytes } of rows.slice(0, Number(values.top))) {
  const share = shares ? String(shareOf.get(source) ?? 0).padStart(7) : '';
  console.log(`${String(bytes).padStart(7)}  ${((100 * bytes) / total).toFixed(1).padStart(4)}%${share}  ${source}`);
}
if (rows.length > Number(values.top)) console.log(`… ${rows.length - Number(values.top)} more modules`);
