import { METRICS } from './metrics.mjs';
import { median } from './stats.mjs';
import { checkTargets, typingGrowth } from './targets.mjs';

/** Parts of the DOM count shown beside elements and nodes, without a ratio of their own. */
const DOM_DETAILS = ['domComments', 'shadowRoots'];

/**
 * Medians per workload and renderer, ratios of mk-form to each other renderer (`ratioTo[peer]`;
 * `ratio` is the one to static), and the targets.
 */
export function summarise({ meta, index, samples, bundle, renderers }) {
  const peers = renderers.filter((r) => r !== 'mk-form');
  const workloads = index.map(({ id, kind, n, fields, controls }) => {
    const perRenderer = samples[id];
    const medianOf = (renderer) =>
      Object.fromEntries(
        [...METRICS.map(({ key }) => key), ...DOM_DETAILS].map((key) => [key, median(perRenderer[renderer].map((s) => s[key]))]),
      );
    const medians = Object.fromEntries(renderers.map((renderer) => [renderer, medianOf(renderer)]));
    const ratioOver = (peer) =>
      Object.fromEntries(
        METRICS.map(({ key, minBaseline = 0 }) => [
          key,
          medians[peer][key] > minBaseline ? medians['mk-form'][key] / medians[peer][key] : null,
        ]),
      );
    const ratioTo = Object.fromEntries(peers.map((peer) => [peer, ratioOver(peer)]));
    return {
      id,
      kind,
      n,
      fields,
      controls: controls.total,
      runs: perRenderer['mk-form'].length,
      median: medians,
      ratio: ratioTo.static ?? null,
      ratioTo,
      samples: perRenderer,
    };
  });
  return {
    ...meta,
    renderers,
    workloads,
    bundle,
    targets: checkTargets(workloads, bundle),
    typingGrowth: typingGrowth(workloads, renderers),
  };
}
