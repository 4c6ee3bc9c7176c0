// Runs on a page served with `default-src 'self'; script-src 'self'; style-src 'self'`: renders,
// fills, validates and submits each element, and reports every CSP violation it sees.
import '@mentorkit/core/define/form.js';
import '@mentorkit/elements/define/observation-form.js';
import '@mentorkit/elements/define/rag-rubric.js';
import '@mentorkit/elements/define/agreement.js';
import '@mentorkit/elements/define/development-plan.js';
import '@mentorkit/elements/define/cohort-summary.js';
import type { MkForm, MkSubmitEvent } from '@mentorkit/core';
import observationRecord from '../../schemas/examples/valid/respond-observation.record.json' with { type: 'json' };
import rubricRecord from '../../schemas/examples/valid/itt-mentor-standards-rag.record.json' with { type: 'json' };
import planRecord from '../../schemas/examples/valid/respond-development-plan.record.json' with { type: 'json' };
import { rubricCohort } from '../support/cohort.js';

export interface ElementsCspResults {
  violations: string[];
  /** The deliberate `new Function` probe: proves violations are seen on this page. */
  probeBlocked: boolean;
  cases: { name: string; invalidFirst: boolean; submitted: unknown; error?: string }[];
}

// The page publishes its results on window for the test in test/browser/elements-csp.test.ts.
declare global {
  interface Window {
    elementsCsp?: ElementsCspResults;
  }
}

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
);

function pick(form: HTMLElement, path: string, option: number): void {
  const field = form.shadowRoot!.querySelector(`[path="${path}"]`)!;
  ((field.shadowRoot ?? field).querySelectorAll('input[type=radio]')[option] as HTMLInputElement).click();
}

function typeInto(form: HTMLElement, path: string, text: string): void {
  const field = form.shadowRoot!.querySelector(`[path="${path}"]`)!;
  const input = (field.shadowRoot ?? field).querySelector('input, textarea') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function submitted(form: MkForm): Promise<{ invalidFirst: boolean; submitted: unknown }> {
  const invalidFirst = !(await form.submit());
  return { invalidFirst, submitted: undefined };
}

async function runCase(name: string, make: () => MkForm, fill: (form: MkForm) => Promise<void>) {
  const stage = document.getElementById('stage')!;
  const form = make();
  stage.append(form);
  try {
    await form.updateComplete;
    await form.validationReady;
    const { invalidFirst } = await submitted(form);
    await fill(form);
    await form.updateComplete;
    let value: unknown;
    form.addEventListener('mk-submit', (e: MkSubmitEvent) => (value = e.value), { once: true });
    await form.submit();
    return { name, invalidFirst, submitted: value };
  } catch (error) {
    return { name, invalidFirst: false, submitted: undefined, error: String(error) };
  } finally {
    form.remove();
  }
}

async function run(): Promise<ElementsCspResults> {
  let probeBlocked = false;
  try {
    new Function('return 1')();
  } catch {
    probeBlocked = true;
  }
  const cases = [];
  cases.push(
    await runCase(
      'mk-form with a runtime schema',
      () => {
        const form = document.createElement('mk-form');
        form.schema = {
          type: 'object',
          required: ['observer'],
          properties: {
            observer: { type: 'string', title: 'Observer', minLength: 2, pattern: '^[A-Z]' },
            notes: { type: 'string', title: 'Notes' },
          },
        };
        form.ui = { notes: 'textarea' };
        return form;
      },
      async (form) => {
        typeInto(form, '/observer', 'Anna Berg');
        typeInto(form, '/notes', 'Calm start.');
      },
    ),
  );
  cases.push(
    await runCase(
      'mk-observation-form',
      () => {
        const form = document.createElement('mk-observation-form');
        form.template = 'respond-observation';
        const record = structuredClone(observationRecord) as Record<string, unknown> & { information: Record<string, unknown> };
        delete record.information['purpose'];
        form.value = record;
        return form;
      },
      async (form) => typeInto(form, '/information/purpose', 'Questioning'),
    ),
  );
  cases.push(
    await runCase(
      'mk-rag-rubric',
      () => {
        const form = document.createElement('mk-rag-rubric');
        form.template = 'itt-mentor-standards-rag';
        // Not yet verified: a verification signature seals the ratings, and this case edits one.
        const { signatures: _verified, ...unsigned } = structuredClone(rubricRecord);
        const record = unsigned as { ratings: Record<string, { level: string }> };
        record.ratings['ms1-1'] = { level: 'purple' };
        form.value = record;
        return form;
      },
      async (form) => pick(form, '/ratings/ms1-1/level', 2),
    ),
  );
  cases.push(
    await runCase(
      'mk-development-plan',
      () => {
        const form = document.createElement('mk-development-plan');
        form.template = 'respond-development-plan';
        const record = structuredClone(planRecord) as { header: Record<string, unknown> };
        record.header['date'] = '24.11.2026';
        form.value = record;
        return form;
      },
      async (form) => typeInto(form, '/header/date', '2026-11-24'),
    ),
  );
  cases.push(
    await runCase(
      'mk-agreement',
      () => {
        const form = document.createElement('mk-agreement');
        form.template = 'respond-agreement';
        return form;
      },
      async (form) => {
        typeInto(form, '/parties/mentor/0/person/name', 'Anna Berg');
        typeInto(form, '/parties/mentee/0/person/name', 'Marco Rossi');
      },
    ),
  );
  // Not a form: the cohort summary renders its heatmap (level colours set through the CSSOM), sorts and scrolls.
  const summary = document.createElement('mk-cohort-summary');
  summary.template = 'itt-mentor-standards-rag';
  summary.records = rubricCohort(300);
  document.getElementById('stage')!.append(summary);
  await summary.updateComplete;
  summary.shadowRoot!.querySelector<HTMLElement>('[role=columnheader][data-col="3"]')!.click();
  await summary.updateComplete;
  summary.shadowRoot!.querySelector<HTMLElement>('.scroller')!.scrollTop = 2000;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await summary.updateComplete;
  summary.remove();
  // Let any late violation reports arrive before reading them.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { violations, probeBlocked, cases };
}

run().then((results) => (window.elementsCsp = results));
