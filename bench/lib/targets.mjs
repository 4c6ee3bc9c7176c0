/**
 * The targets of issue #17, checked on the medians of a run: a ratio of mk-form's median to one peer's
 * median from the same run (`against`), at every N or only from `minN` on.
 */
export const RATIO_TARGETS = [
  { metric: 'domComplete', against: 'rjsf', limit: 0.5, label: 'render → DOM complete ÷ RJSF' },
  { metric: 'domComplete', against: 'lit-form', limit: 1, label: 'render → DOM complete ÷ one-LitElement form' },
  { metric: 'domComplete', against: 'static', limit: 3, minN: 500, label: 'render → DOM complete ÷ static, N ≥ 500' },
  { metric: 'painted', against: 'static', limit: 1.5, minN: 500, label: 'render → painted ÷ static, N ≥ 500' },
  { metric: 'domNodes', against: 'static', limit: 2, label: 'DOM nodes (elements, text, comments) ÷ static' },
  { metric: 'typing', against: 'static', limit: 1.5, label: 'typing, per keystroke, ÷ static' },
  { metric: 'submit', against: 'static', limit: 2, label: 'submit with one error ÷ static' },
  { metric: 'memoryDelta', against: 'static', limit: 3, label: 'memory added by render (JS + DOM) ÷ static' },
];

/** The load benchmark's target: 50 document elements paint within 2× their static twin. */
export const LOAD_TARGETS = [
  { metric: 'painted', limit: 2, label: 'documents page (50 elements by default), render → painted ÷ static twin' },
];

export const BUNDLE_LIMIT_GZIP = 20 * 1024;

export function checkTargets(workloads, bundle) {
  const targets = RATIO_TARGETS.map(({ metric, against, limit, minN = 0, label }) => {
    const results = workloads
      .filter((w) => w.n >= minN)
      .map((w) => {
        const ratio = w.ratioTo[against]?.[metric] ?? null;
        return { workload: w.id, ratio, met: ratio === null ? null : ratio <= limit };
      });
    const measured = results.filter((r) => r.ratio !== null);
    const worst = measured.length ? measured.reduce((a, b) => (b.ratio > a.ratio ? b : a)) : null;
    return {
      metric,
      against,
      label,
      limit: `≤ ${limit}×`,
      limitValue: limit,
      worst: worst?.ratio ?? null,
      worstAt: worst?.workload ?? null,
      unmeasured: results.filter((r) => r.ratio === null).map((r) => r.workload),
      met: measured.length ? measured.every((r) => r.met) : null,
      results,
    };
  });
  if (bundle) {
    for (const part of ['main', 'total']) {
      const gzip = bundle[part].gzip;
      targets.push({
        metric: `bundle.${part}`,
        label: part === 'main' ? 'bundle (main chunk), gzip' : 'bundle (main + validator chunk), gzip',
        limit: `≤ ${BUNDLE_LIMIT_GZIP / 1024} KB`,
        worst: gzip,
        met: gzip <= BUNDLE_LIMIT_GZIP,
      });
    }
  }
  return targets;
}

/** How the time per keystroke grows from the smallest to the largest N, per kind and renderer. */
export function typingGrowth(workloads, renderers) {
  const kinds = [...new Set(workloads.map((w) => w.kind))];
  return kinds.map((kind) => {
    const sorted = workloads.filter((w) => w.kind === kind).sort((a, b) => a.n - b.n);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    const growth = Object.fromEntries(renderers.map((r) => [r, last.median[r].typing / first.median[r].typing]));
    return { kind, from: first.n, to: last.n, growth };
  });
}
