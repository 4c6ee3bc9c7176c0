// The load benchmark's page: 50 document elements, their static twin, and generated rubrics. Driven by bench/load.mjs.
import '@mentorkit/elements/define/observation-form.js';
import '@mentorkit/elements/define/rag-rubric.js';
import '@mentorkit/elements/define/agreement.js';
import '@mentorkit/elements/define/development-plan.js';
import { afterPaint } from '../harness/timing.mjs';
import { inventory } from './deep.mjs';
import { measureKeystrokes } from '../harness/typing.mjs';
import { createDocumentsRenderer } from './documents.mjs';
import { createRubricRenderer } from './rubric.mjs';
import { createStaticRenderer } from './static-twin.mjs';

const container = document.getElementById('root');
let renderer;

window.loadBench = {
  /** `documents` (argument: how many), `static` (argument: control counts by kind) or `rubric` (argument: criteria). */
  async prepare(scenario, argument) {
    const create = { documents: createDocumentsRenderer, static: createStaticRenderer, rubric: createRubricRenderer }[scenario];
    if (!create) throw new Error(`unknown scenario ${scenario}`);
    renderer = create(container, argument);
    await afterPaint();
  },

  /** Render → everything rendered (DOM complete) and → painted, then what was rendered. */
  async render() {
    const t0 = performance.now();
    await renderer.mount();
    const domComplete = performance.now() - t0;
    await afterPaint();
    const painted = performance.now() - t0;
    await renderer.settle();
    return { domComplete, painted, controls: inventory(renderer.controls()), elements: renderer.elementCount?.() ?? 0 };
  },

  async type() {
    const { control, state, what } = renderer.typingTarget();
    const { total, script } = await measureKeystrokes(control, state);
    return { perKeystroke: total, script, what };
  },

  async rate() {
    return renderer.rate();
  },
};
