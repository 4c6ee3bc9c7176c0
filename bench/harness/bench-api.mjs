import { verifyControls } from './controls.mjs';
import { countNodes } from './dom-nodes.mjs';
import { afterPaint, nextFrame, until } from './timing.mjs';
import { typePerKeystroke } from './typing.mjs';

/**
 * Exposes `window.bench`, the phases the Node driver calls one after the other on a fresh page:
 * load → render → (heap) → type → submit → type again.
 */
export function installBench(name, createRenderer) {
  const container = document.getElementById('root');
  let expectedControls;
  let renderer;

  window.bench = {
    name,

    async load(id) {
      const response = await fetch(`../workloads/${id}.json`);
      if (!response.ok) throw new Error(`workload ${id}: HTTP ${response.status}`);
      const workload = await response.json();
      expectedControls = workload.expect.controls;
      renderer = createRenderer(container, workload);
      await renderer.prepare?.();
      // Start from a page that has painted and is idle.
      await afterPaint();
    },

    /** Only the timed part of `render` (for bench/profile.mjs): mount until DOM complete. */
    async mount() {
      const t0 = performance.now();
      await renderer.mount();
      return performance.now() - t0;
    },

    async render() {
      const t0 = performance.now();
      await renderer.mount();
      const domComplete = performance.now() - t0;
      await afterPaint();
      const painted = performance.now() - t0;
      verifyControls(renderer.controls(), expectedControls);
      const dom = countNodes(container);
      await renderer.settle();
      return { domComplete, painted, dom };
    },

    /** Bytes of the page's memory, JavaScript and DOM (needs cross-origin isolation). */
    async memory() {
      const { bytes } = await performance.measureUserAgentSpecificMemory();
      return bytes;
    },

    /** Mean milliseconds per keystroke on the workload's typing target. */
    async type() {
      const { control, state } = renderer.typingTarget();
      return typePerKeystroke(control, state);
    },

    /** Milliseconds from the user's submit to the one error message being in the DOM. */
    async submit() {
      await renderer.prepareSubmit();
      await nextFrame();
      const t0 = performance.now();
      renderer.startSubmit();
      await until(() => renderer.errorShown(), 'the error message');
      const ms = performance.now() - t0;
      const shown = renderer.shownErrors();
      if (shown.length !== 1 || shown[0] !== renderer.expectedError) {
        throw new Error(`expected exactly one error, at ${renderer.expectedError}; shown: ${JSON.stringify(shown)}`);
      }
      return ms;
    },
  };
}
