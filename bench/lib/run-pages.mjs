import { measurePage } from './measure-page.mjs';

export const RENDERERS = ['static', 'mk-form'];

/**
 * Runs every (workload, renderer) pair `runs` times on fresh pages. Renderers alternate within a
 * run and swap order from one run to the next, so drift in machine load hits both alike.
 * Returns samples[workloadId][renderer] = [sample, …].
 */
export async function runPages(browser, baseUrl, workloads, runs, validator) {
  const samples = {};
  for (const { id } of workloads) samples[id] = Object.fromEntries(RENDERERS.map((r) => [r, []]));
  const total = runs * workloads.length * RENDERERS.length;
  let done = 0;
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? RENDERERS : [...RENDERERS].reverse();
    for (const { id } of workloads) {
      for (const renderer of order) {
        const sample = await measurePage(browser, baseUrl, id, renderer, validator);
        samples[id][renderer].push(sample);
        done++;
        console.log(
          `[${String(done).padStart(3)}/${total}] run ${run + 1} ${id.padEnd(17)} ${renderer.padEnd(7)} ` +
            `dom ${ms(sample.domComplete)} painted ${ms(sample.painted)} type ${ms(sample.typing)} ` +
            `submit ${ms(sample.submit)} JS heap +${mb(sample.heapDelta)} memory +${mb(sample.memoryDelta)}`,
        );
      }
    }
  }
  return samples;
}

const ms = (value) => `${value.toFixed(2)} ms`.padStart(10);
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
