/** The targets from the issue, checked on the medians of a run. The heap target is shown for each heap measure. */
const RATIO_TARGETS = [
  { metric: 'domComplete', label: 'render → DOM complete', limit: 3 },
  { metric: 'typing', label: 'typing, per keystroke, at every N', limit: 1.5 },
  { metric: 'submit', label: 'submit with one error', limit: 2 },
  { metric: 'heapDelta', label: 'heap after render: JS heap added by render', limit: 3 },
  { metric: 'memoryDelta', label: 'heap after render: memory added by render (JS + DOM)', limit: 3 },
  { metric: 'heapAfter', label: 'heap after render: JS heap, raw', limit: 3 },
];

export const BUNDLE_LIMIT_GZIP = 20 * 1024;

export function checkTargets(workloads, bundle) {
  const targets = RATIO_TARGETS.map(({ metric, label, limit }) => {
    const results = workloads.map((w) => ({
      workload: w.id,
      ratio: w.ratio[metric],
      met: w.ratio[metric] === null ? null : w.ratio[metric] <= limit,
    }));
    const measured = results.filter((r) => r.ratio !== null);
    const worst = measured.length ? measured.reduce((a, b) => (b.ratio > a.ratio ? b : a)) : null;
    return {
      metric,
      label,
      limit: `≤ ${limit}×`,
      worst: worst?.ratio ?? null,
      worstAt: worst?.workload ?? null,
      unmeasured: results.filter((r) => r.ratio === null).map((r) => r.workload),
      met: measured.length ? measured.every((r) => r.met) : null,
      results,
    };
  });
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
  return targets;
}

/** How the time per keystroke grows from the smallest to the largest N, per kind and renderer. */
export function typingGrowth(workloads) {
  const kinds = [...new Set(workloads.map((w) => w.kind))];
  return kinds.map((kind) => {
    const sorted = workloads.filter((w) => w.kind === kind).sort((a, b) => a.n - b.n);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    const growth = (renderer) => last.median[renderer].typing / first.median[renderer].typing;
    return { kind, from: first.n, to: last.n, mkForm: growth('mk-form'), static: growth('static') };
  });
}
