import { formatRatio, formatValue, METRICS, RATIO_METRICS } from './metrics.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

const NAMES = { static: 'static', 'mk-form': 'mk-form', 'lit-form': 'one LitElement', rjsf: 'RJSF 6' };
const peersOf = (summary) => summary.renderers.filter((r) => r !== 'mk-form');

/** The results as Markdown: targets, ratio summaries per peer, DOM sizes, one table per workload, the bundle, the method. */
export function renderMarkdown(summary) {
  const runsByN = new Map(summary.workloads.map((w) => [w.n, w.runs]));
  const runs = [...new Set(runsByN.values())]
    .map(
      (count) =>
        `${count} at N = ${[...runsByN]
          .filter(([, c]) => c === count)
          .map(([n]) => n)
          .join(', ')}`,
    )
    .join('; ');
  return [
    `# Benchmark: \`<mk-form>\` against ${peersOf(summary)
      .map((r) => NAMES[r])
      .join(', ')}`,
    '',
    `Command: \`${summary.command}\`  `,
    `Date: ${summary.date}; commit ${summary.commit}${summary.dirty ? ' (packages/core or packages/schemas had uncommitted changes)' : ''}; ` +
      `${summary.browser}; Node ${summary.node}; ${summary.cpu}; load average ${summary.loadAverageAtStart.toFixed(2)} at start, ` +
      `${summary.loadAverageAtEnd.toFixed(2)} at end; fresh pages per renderer and workload: ${runs}; ` +
      `validator ${summary.validator ?? 'runtime'}; ${summary.compileHints === false ? 'no' : 'every renderer with'} V8 compile hints; ` +
      `${Math.round(summary.seconds)} s.`,
    '',
    '## Targets',
    '',
    renderTargets(summary),
    '',
    ...peersOf(summary).flatMap((peer) => [`## Ratios, mk-form ÷ ${NAMES[peer]} (medians)`, '', renderRatios(summary, peer), '']),
    '## DOM size of the rendered form (through open shadow roots)',
    '',
    renderDom(summary),
    '',
    renderGrowth(summary),
    '',
    '## Per workload (medians)',
    '',
    ...summary.workloads.flatMap((w) => [renderWorkload(w, summary.renderers), '']),
    ...(summary.bundle ? ['## Bundle', '', renderBundle(summary.bundle), ''] : []),
    ...(summary.validatorSizes ? ['## Precompiled validators', '', renderValidatorSizes(summary.validatorSizes), ''] : []),
    '## How it was measured',
    '',
    METHOD,
    '',
  ].join('\n');
}

export function renderTargets(summary) {
  return table(
    ['target', 'limit', 'measured (worst)', 'met', 'missed at'],
    summary.targets.map((t) => [
      t.label,
      t.limit,
      t.metric.startsWith('bundle') ? `${kb(t.worst)} (${t.worst} B)` : measuredRatio(t),
      t.met === null ? 'n/a' : t.met ? 'yes' : '**no**',
      t.results ? missedAt(t) : '',
    ]),
  );
}

function measuredRatio(target) {
  if (target.worst === null) return target.unmeasured.length ? 'n/a (not measured)' : 'n/a';
  const worst = `${formatRatio(target.worst)} (${target.worstAt})`;
  return target.unmeasured.length ? `${worst}; n/a for ${target.unmeasured.join(', ')}` : worst;
}

/** The workloads where a ratio target is missed, each with its ratio. */
function missedAt(target) {
  return target.results
    .filter((r) => r.met === false)
    .map((r) => `${r.workload} ${formatRatio(r.ratio)}`)
    .join(', ');
}

export function renderRatios(summary, peer = 'static') {
  return table(
    ['workload', ...RATIO_METRICS.map((m) => m.label)],
    summary.workloads.map((w) => [w.id, ...RATIO_METRICS.map((m) => formatRatio(w.ratioTo[peer]?.[m.key] ?? null))]),
  );
}

function renderDom(summary) {
  const header = ['workload', ...summary.renderers.map((r) => `${NAMES[r]}: elements / all nodes (comments; shadow roots)`)];
  const rows = summary.workloads.map((w) => [
    w.id,
    ...summary.renderers.map((r) => {
      const m = w.median[r];
      return `${formatValue(m.domElements, 'count')} / ${formatValue(m.domNodes, 'count')} (${formatValue(m.domComments, 'count')}; ${formatValue(m.shadowRoots, 'count')})`;
    }),
  ]);
  return [
    "Counted in the page's container after render, descending into every open shadow root: elements, and all nodes",
    '(elements, text nodes and comments; Lit marks its parts with comments, React does not).',
    '',
    table(header, rows),
  ].join('\n');
}

function renderGrowth(summary) {
  const lines = summary.typingGrowth.map(
    (g) =>
      `- ${g.kind}, N = ${g.from} → ${g.to}: ` + summary.renderers.map((r) => `${NAMES[r]} ${g.growth[r].toFixed(1)}×`).join(', ') + '.',
  );
  return ['Growth of the time per keystroke with N (flat would be about 1×):', '', ...lines].join('\n');
}

function renderWorkload(w, renderers) {
  const peers = renderers.filter((r) => r !== 'mk-form');
  const rows = METRICS.map(({ key, label, unit }) => [
    label,
    ...renderers.map((r) => formatValue(w.median[r][key], unit)),
    ...peers.map((peer) => formatRatio(w.ratioTo[peer][key])),
  ]);
  return [
    `### ${w.id} (${w.fields} fields, ${w.controls} native controls; ${w.runs} fresh pages each)`,
    '',
    table(['metric', ...renderers.map((r) => NAMES[r]), ...peers.map((peer) => `mk-form ÷ ${NAMES[peer]}`)], rows),
  ].join('\n');
}

function renderValidatorSizes(sizes) {
  return [
    "Each workload's schema compiled by `compileValidatorModule` (what `mentorkit compile` writes: Ajv standalone code,",
    'repeated subschemas shared, bundled and minified by esbuild), loaded by mk-form and the Lit form before timing:',
    '',
    table(
      ['workload', 'minified', 'gzip -9'],
      Object.entries(sizes).map(([id, { minified, gzip }]) => [id, `${kb(minified)} (${minified} B)`, `${kb(gzip)}`]),
    ),
  ].join('\n');
}

export function renderBundle(bundle) {
  const row = (name, part) => [
    name,
    part.files ? part.files.join(', ') : '',
    `${part.raw} B`,
    `${part.gzip} B (${kb(part.gzip)})`,
    `${part.brotli} B`,
  ];
  const parts = table(
    ['part', 'files', 'minified', 'gzip -9', 'brotli -11'],
    [row('main (every page)', bundle.main), row('validator (lazy `import()`)', bundle.lazy), row('total', bundle.total)],
  );
  const inputs = table(
    ['source', 'minified bytes in the main bundle'],
    bundle.largestInputs.slice(0, 12).map(({ source, bytes }) => [source, String(bytes)]),
  );
  return [
    `\`${bundle.entry}\`, production ESM with Lit included, minified by esbuild with code splitting.`,
    '',
    parts,
    '',
    'Where the main bundle comes from:',
    '',
    inputs,
  ].join('\n');
}

const METHOD = `Definitions and caveats are in docs/benchmarks.md. In short:

- Each sample is a fresh browser context in headless Chromium; the renderers alternate within a round and swap
  order every round. Figures are medians; a ratio is mk-form's median over the peer's median from the same run.
- **static**: the workload's \`static.html\` set with \`innerHTML\`. **mk-form**: \`<mk-form>\` with the workload's
  \`schema\`, \`ui\` and \`data\`, plus the UI hint \`"select"\` for enum fields (its default for 4 or fewer choices
  is a radio group). **one LitElement**: one element rendering the schema's fields as plain native controls from
  one template; a keystroke only stores the value; submit validates with Ajv (compiled before timing) and renders
  the errors. **RJSF 6**: \`@rjsf/core\` with \`@rjsf/validator-ajv8\` and its default theme, uncontrolled, rendered
  with \`flushSync\`, live validation off, native validation off, \`showErrorList: 'top'\`; its validator compiles
  the schema once before the submit is timed.
- **render → DOM complete** ends when every native control is in the DOM; the control counts are then checked
  against \`expect.controls\` for every renderer. **painted**: two \`requestAnimationFrame\`s later. **DOM nodes**:
  counted after render through open shadow roots.
- **typing**: 20 keystrokes, one per frame: native value setter, \`input\` event, two microtask turns (and, for a
  renderer that commits later, until its state holds the value), a check of the renderer's own state, forced
  style and layout.
- **submit with 1 error**: static runs \`checkValidity()\` on every control in a \`submit\` listener and inserts a
  message after each invalid one; the others' submit button → their own error display (mk-form: summary with one
  item and the field's message; RJSF: its error list with one item and the field's error; one LitElement: the
  message under the field). Exactly one error, at the expected field, is checked.
- **heap**: \`JSHeapUsedSize\` after forced GC (CDP) and \`performance.measureUserAgentSpecificMemory()\` (JS + DOM),
  after render minus before mounting. Static markup adds almost nothing to the JS heap (its DOM is in Blink's
  heap), so that ratio is n/a.`;
