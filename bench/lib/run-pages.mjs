import { measurePage } from './measure-page.mjs';

/** Every renderer the harness has, in the order of a run's first round. */
export const RENDERERS = ['static', 'mk-form', 'lit-form', 'rjsf'];

/**
 * Runs every (workload, renderer) pair on fresh pages: `runsOf(workload)` rounds for each workload.
 * Renderers alternate within a round and swap order from one round to the next, so drift in machine
 * load hits all alike. Returns samples[workloadId][renderer] = [sample, …].
 */
export async function runPages(browser, baseUrl, workloads, { runsOf, renderers = RENDERERS, validator }) {
  const samples = {};
  for (const { id } of workloads) samples[id] = Object.fromEntries(renderers.map((r) => [r, []]));
  const total = workloads.reduce((sum, w) => sum + runsOf(w) * renderers.length, 0);
  const rounds = Math.max(...workloads.map(runsOf));
  let done = 0;
  for (let run = 0; run < rounds; run++) {
    const order = run % 2 === 0 ? renderers : [...renderers].reverse();
    for (const workload of workloads.filter((w) => runsOf(w) > run)) {
      const { id } = workload;
      for (const renderer of order) {
        const sample = await measurePage(browser, baseUrl, id, renderer, validator);
        samples[id][renderer].push(sample);
        done++;
        console.log(
          `[${String(done).padStart(3)}/${total}] run ${run + 1} ${id.padEnd(17)} ${renderer.padEnd(8)} ` +
            `dom ${ms(sample.domComplete)} painted ${ms(sample.painted)} nodes ${String(sample.domNodes).padStart(7)} ` +
            `type ${ms(sample.typing)} submit ${ms(sample.submit)} memory +${mb(sample.memoryDelta)}`,
        );
      }
    }
  }
  return samples;
}

const ms = (value) => `${value.toFixed(2)} ms`.padStart(10);
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
