import { formatRatio, formatValue, METRICS } from './metrics.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/** The results as Markdown: targets, a ratio summary, one table per workload, the bundle, the method. */
export function renderMarkdown(summary) {
  return [
    `# Benchmark: \`<mk-form>\` against static markup`,
    '',
    `Command: \`${summary.command}\`  `,
    `Date: ${summary.date}; commit ${summary.commit}${summary.dirty ? ' (packages/core or packages/schemas had uncommitted changes)' : ''}; ` +
      `${summary.browser}; Node ${summary.node}; ${summary.cpu}; load average ${summary.loadAverageAtStart.toFixed(2)} at start, ` +
      `${summary.loadAverageAtEnd.toFixed(2)} at end; ${summary.workloads[0].runs} fresh pages per renderer and workload; ` +
      `${Math.round(summary.seconds)} s.`,
    '',
    '## Targets',
    '',
    renderTargets(summary),
    '',
    '## Ratios (mk-form / static, medians)',
    '',
    renderRatios(summary),
    '',
    renderGrowth(summary),
    '',
    '## Per workload (medians)',
    '',
    ...summary.workloads.flatMap((w) => [renderWorkload(w), '']),
    '## Bundle',
    '',
    renderBundle(summary.bundle),
    '',
    '## How it was measured',
    '',
    METHOD,
    '',
  ].join('\n');
}

export function renderTargets(summary) {
  return table(
    ['target', 'limit', 'measured (worst)', 'met'],
    summary.targets.map((t) => [
      t.label,
      t.limit,
      t.metric.startsWith('bundle') ? `${kb(t.worst)} (${t.worst} B)` : measuredRatio(t),
      t.met === null ? 'n/a' : t.met ? 'yes' : '**no**',
    ]),
  );
}

function measuredRatio(target) {
  if (target.worst === null) return 'n/a (static adds almost nothing to it)';
  const worst = `${formatRatio(target.worst)} (${target.worstAt})`;
  return target.unmeasured.length ? `${worst}; n/a for ${target.unmeasured.join(', ')}` : worst;
}

export function renderRatios(summary) {
  return table(
    ['workload', ...METRICS.filter((m) => m.key !== 'heapAfter').map((m) => m.label)],
    summary.workloads.map((w) => [w.id, ...METRICS.filter((m) => m.key !== 'heapAfter').map((m) => formatRatio(w.ratio[m.key]))]),
  );
}

function renderGrowth(summary) {
  const lines = summary.typingGrowth.map(
    (g) =>
      `- ${g.kind}: mk-form's time per keystroke at N = ${g.to} is ${g.mkForm.toFixed(1)}× its time at N = ${g.from} ` +
      `(static: ${g.static.toFixed(1)}×).`,
  );
  return ['Growth of the time per keystroke with N (flat would be about 1×):', '', ...lines].join('\n');
}

function renderWorkload(w) {
  const rows = METRICS.map(({ key, label, unit }) => [
    label,
    formatValue(w.median.static[key], unit),
    formatValue(w.median['mk-form'][key], unit),
    formatRatio(w.ratio[key]),
  ]);
  return [
    `### ${w.id} (${w.fields} fields, ${w.controls} native controls)`,
    '',
    table(['metric', 'static', 'mk-form', 'ratio'], rows),
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

- Each sample is a fresh browser context in headless Chromium; the renderers alternate and swap order every
  run. Figures are medians; a ratio is mk-form's median over static's median from the same run.
- **static**: the workload's \`static.html\` set with \`innerHTML\`. **mk-form**: \`<mk-form>\` with the workload's
  \`schema\`, \`ui\` and \`data\`, plus the UI hint \`"select"\` for enum fields (mk-form's default for 4 or fewer
  choices is a radio group; the workloads and the static markup have a \`<select>\`).
- **render → DOM complete** ends when every native control is in the DOM (mk-form: \`updateComplete\` of the form
  and of every field); the control counts are then checked against \`expect.controls\`. **painted**: two
  \`requestAnimationFrame\`s later.
- **typing**: 20 keystrokes, one per frame: native value setter, \`input\` event, two microtask turns, a check of
  the component's state, forced style and layout. mk-form validates the full record (\`@cfworker/json-schema\`,
  interpreted, CSP-safe) after every change, so each keystroke includes a full validation.
- **submit with 1 error**: static runs \`checkValidity()\` on every control in a \`submit\` listener and inserts a
  message after each invalid one; mk-form's submit button → error summary with one item and the field's message.
  mk-form shows the problems of its last validation (run at the last change). Exactly one error is checked.
- **heap**: \`JSHeapUsedSize\` after forced GC (CDP) and \`performance.measureUserAgentSpecificMemory()\` (JS + DOM),
  after render (and after the runtime validator loaded) minus before mounting. Static markup adds almost nothing
  to the JS heap (its DOM is in Blink's heap), so that ratio is n/a.`;
