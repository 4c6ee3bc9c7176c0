import { METRICS } from './metrics.mjs';
import { RENDERERS } from './run-pages.mjs';
import { median } from './stats.mjs';
import { checkTargets, typingGrowth } from './targets.mjs';

/** Medians per workload and renderer, ratios mk-form / static, and the targets. */
export function summarise({ meta, index, samples, bundle }) {
  const workloads = index.map(({ id, kind, n, fields, controls }) => {
    const perRenderer = samples[id];
    const medianOf = (renderer) => Object.fromEntries(METRICS.map(({ key }) => [key, median(perRenderer[renderer].map((s) => s[key]))]));
    const medians = Object.fromEntries(RENDERERS.map((renderer) => [renderer, medianOf(renderer)]));
    const ratio = Object.fromEntries(
      METRICS.map(({ key, minBaseline = 0 }) => [
        key,
        medians.static[key] > minBaseline ? medians['mk-form'][key] / medians.static[key] : null,
      ]),
    );
    return { id, kind, n, fields, controls: controls.total, runs: perRenderer.static.length, median: medians, ratio, samples: perRenderer };
  });
  return { ...meta, workloads, bundle, targets: checkTargets(workloads, bundle), typingGrowth: typingGrowth(workloads) };
}
