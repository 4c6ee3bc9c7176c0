import { validateTemplate } from '@mentorkit/schemas';
import { nextFrame } from '../harness/timing.mjs';
import { allRendered, lightFields, mkElements, nativeControls } from './deep.mjs';

const CRITERIA_PER_STANDARD = 50;
export const CHANGES = 20;

const levels = [
  { id: 'red', label: 'Red', symbol: 'cross', color: '#c62828', value: 1 },
  { id: 'amber', label: 'Amber', symbol: 'triangle', color: '#ef8f00', value: 2 },
  { id: 'green', label: 'Green', symbol: 'circle', color: '#2e7d32', value: 3 },
];

/** A rubric template of `size` criteria in standards of 50, valid against the rubric template schema. */
export function rubricTemplate(size) {
  const standards = [];
  for (let start = 0; start < size; start += CRITERIA_PER_STANDARD) {
    const s = standards.length + 1;
    const criteria = [];
    for (let c = start + 1; c <= Math.min(size, start + CRITERIA_PER_STANDARD); c++)
      criteria.push({
        id: `c${c}`,
        text: `Criterion ${c}: the mentor plans, observes and gives feedback on aspect ${c} of the trainee's teaching.`,
      });
    standards.push({ id: `s${s}`, title: `Standard ${s}`, criteria });
  }
  const template = {
    schemaVersion: 1,
    kind: 'rubric',
    id: `load-rubric-${size}`,
    version: '1.0.0',
    title: `Load test rubric with ${size} criteria`,
    lang: 'en',
    attribution: {
      title: 'Generated for the Mentorkit load benchmark',
      organisation: 'Mentorkit',
      sourceDocument: 'bench/load/rubric.mjs',
    },
    instructions: 'Rate each criterion.',
    scale: { id: 'rag', title: 'RAG', order: 'ascending', levels },
    standards,
  };
  const errors = validateTemplate(template);
  if (errors.length) throw new Error(`generated rubric is not a valid template: ${JSON.stringify(errors.slice(0, 3))}`);
  return template;
}

/** `<mk-rag-rubric>` with a generated template of `size` criteria and an empty record; rates the middle criterion. */
export function createRubricRenderer(container, size) {
  const template = rubricTemplate(size);
  const rated = `c${Math.ceil(size / 2)}`;
  let el;
  return {
    async mount() {
      el = document.createElement('mk-rag-rubric');
      el.template = template;
      container.append(el);
      await allRendered(container);
    },
    async settle() {
      await el.validationReady;
      if (el.shadowRoot.querySelector('[part=schema-error]')) throw new Error('the rubric shows a schema error');
      const radios = nativeControls(el.shadowRoot).filter((c) => c.type === 'radio').length;
      if (radios !== size * levels.length) throw new Error(`expected ${size * levels.length} rating radios, found ${radios}`);
    },
    controls: () => nativeControls(container),
    elementCount: () => mkElements(container).length,
    /**
     * Mean milliseconds per rating change on one criterion: a click on the next level's radio (one per
     * frame), two microtask turns, a check that the record holds the level, forced style and layout —
     * the harness's typing method with a click instead of a keystroke. `script`: the part before the layout.
     */
    async rate() {
      const pointer = `/ratings/${rated}/level`;
      const group = lightFields(el.shadowRoot).find((f) => f.dataset.kind === 'radio' && f.getAttribute('path') === pointer);
      if (!group) throw new Error(`no rating control at ${pointer}`);
      const radios = [...group.querySelectorAll('input[type=radio]')];
      let total = 0;
      let script = 0;
      for (let i = 0; i < CHANGES; i++) {
        const level = levels[i % levels.length];
        await nextFrame();
        const t0 = performance.now();
        radios[i % levels.length].click();
        await Promise.resolve();
        await Promise.resolve();
        if (el.store.get(pointer) !== level.id)
          throw new Error(`after change ${i + 1} the record holds ${JSON.stringify(el.store.get(pointer))}`);
        script += performance.now() - t0;
        void document.body.offsetHeight;
        total += performance.now() - t0;
      }
      return { perChange: total / CHANGES, script: script / CHANGES };
    },
  };
}
