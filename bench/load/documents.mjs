import observation from '../../schemas/examples/valid/respond-observation.record.json';
import ittRag from '../../schemas/examples/valid/itt-mentor-standards-rag.record.json';
import advancedMentor from '../../schemas/examples/valid/advanced-mentor.record.json';
import cureeChecklists from '../../schemas/examples/valid/curee-coaching-checklists.record.json';
import mensiConditions from '../../schemas/examples/valid/mensi-success-conditions.record.json';
import respondSelfReview from '../../schemas/examples/valid/respond-guidelines-self-review.record.json';
import respondPlan from '../../schemas/examples/valid/respond-development-plan.record.json';
import mensiPlan from '../../schemas/examples/valid/mensi-steps-plan.record.json';
import ihubPlan from '../../schemas/examples/valid/ihub4schools-process-model.record.json';
import respondAgreement from '../../schemas/examples/valid/respond-agreement.record.json';
import peerAgreement from '../../schemas/examples/valid/peer-group-agreement.record.json';
import schoolAgreement from '../../schemas/examples/valid/school-to-school-agreement.record.json';
import { allRendered, lightFields, mkElements, nativeControls } from './deep.mjs';

/**
 * The twelve built-in templates with their example records, in the order the page cycles through
 * them. The observation form comes first, so that the element typed into — the one half-way down the
 * page, rounded to an observation form: the 25th of 50 — is one.
 */
const documents = [
  ['mk-observation-form', 'respond-observation', observation],
  ['mk-rag-rubric', 'itt-mentor-standards-rag', ittRag],
  ['mk-development-plan', 'respond-development-plan', respondPlan],
  ['mk-agreement', 'respond-agreement', respondAgreement],
  ['mk-rag-rubric', 'advanced-mentor', advancedMentor],
  ['mk-development-plan', 'mensi-steps-plan', mensiPlan],
  ['mk-agreement', 'peer-group-agreement', peerAgreement],
  ['mk-rag-rubric', 'curee-coaching-checklists', cureeChecklists],
  ['mk-development-plan', 'ihub4schools-process-model', ihubPlan],
  ['mk-agreement', 'school-to-school-agreement', schoolAgreement],
  ['mk-rag-rubric', 'mensi-success-conditions', mensiConditions],
  ['mk-rag-rubric', 'respond-guidelines-self-review', respondSelfReview],
];

/** Agreements hash their content asynchronously; their status panel is part of being rendered. */
const signingWork = (elements) => elements.filter((el) => el.localName === 'mk-agreement').map((el) => el.signingReady);

/** `count` document elements, each with its built-in template and example record, in one container. */
export function createDocumentsRenderer(container, count) {
  let elements = [];
  const typed = Math.floor(count / 2 / documents.length) * documents.length;
  return {
    async mount() {
      const fragment = document.createDocumentFragment();
      elements = Array.from({ length: count }, (_, i) => {
        const [tag, template, record] = documents[i % documents.length];
        const el = document.createElement(tag);
        el.setAttribute('template', template);
        el.value = structuredClone(record);
        fragment.append(el);
        return el;
      });
      container.append(fragment);
      await allRendered(container, signingWork);
    },
    async settle() {
      await Promise.all(elements.map((el) => el.validationReady));
      const broken = elements.filter((el) => el.shadowRoot.querySelector('[part=schema-error]'));
      if (broken.length) throw new Error(`${broken.length} elements show a schema error: ${broken[0].localName}`);
    },
    controls: () => nativeControls(container),
    elementCount: () => mkElements(container).length,
    /** The first editable textarea of the typed element (an observation form), and its record at that field's path. */
    typingTarget() {
      const el = elements[typed];
      const field = lightFields(el.shadowRoot).find((f) => {
        const inner = f.dataset.kind === 'textarea' && f.querySelector('textarea');
        return inner && !inner.readOnly && !inner.disabled;
      });
      if (!field) throw new Error(`no editable textarea in ${el.localName}`);
      const pointer = field.getAttribute('path');
      return {
        control: field.querySelector('textarea'),
        state: () => el.store.get(pointer),
        what: `${el.localName} ${el.getAttribute('template')} ${pointer}, element ${typed + 1} of ${count}`,
      };
    },
  };
}
