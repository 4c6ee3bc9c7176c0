import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/elements/define/development-plan.js';
import '@mentorkit/elements/define/plan-step.js';
import respond from '../schemas/examples/valid/respond-development-plan.record.json';
import ihub from '../schemas/examples/valid/ihub4schools-process-model.record.json';
import mensi from '../schemas/examples/valid/mensi-steps-plan.record.json';
import { changeAfterSigning, signedBy } from './sealing.js';

/** The RESPOND example plan taken to the end of its year: more steps done and four quarterly reviews. */
const endOfYear = {
  ...respond,
  steps: {
    ...respond.steps,
    'step-3': { ...respond.steps['step-3'], status: 'done' },
    'step-4': {
      answers: { 'step-4-a': 'Meetings slipped in the spring term.', 'step-4-b': 'Fix a monthly slot with my mentor.' },
      actions: [{ action: 'Meet my mentor monthly', due: '2026-06-30', status: 'done' }],
      status: 'done',
    },
    'step-7': {
      actions: [{ action: 'Use starter cards in every lesson', due: '2026-03-31', status: 'inProgress' }],
      status: 'inProgress',
    },
  },
  reviews: [
    ...respond.reviews,
    { date: '2026-03-03', reviewer: { name: 'Anna Berg' }, progress: 'Mentoring meetings are regular again.' },
    { date: '2026-06-02', reviewer: { name: 'Anna Berg' }, progress: 'Starter cards in most lessons.', adjustments: 'Keep step 7 open.' },
    { date: '2026-08-31', reviewer: { name: 'Anna Berg' }, progress: 'Year closed; goal largely reached.' },
  ],
};

const atStart = {
  header: { name: 'Marco Rossi', date: '2025-09-01', position: 'Teacher of mathematics', organisation: 'Lakeside School' },
  timeline: { start: '2025-09-01', end: '2026-08-31' },
};

const meta: Meta = {
  title: 'Documents/Development plan',
  component: 'mk-development-plan',
  args: { template: 'respond-development-plan', role: '', readonly: false, lang: '', today: '2025-12-05' },
  argTypes: { role: { control: 'inline-radio', options: ['', 'teacher', 'supervisor'] } },
  render: (a) =>
    html`<mk-development-plan
      name="plan"
      template=${a['template']}
      user-role=${a['role']}
      .user=${a['user']}
      today=${a['today']}
      lang=${a['lang'] || document.documentElement.lang}
      ?fill-defaults=${a['fillDefaults']}
      .value=${a['value'] === undefined ? undefined : structuredClone(a['value'])}
      ?readonly=${a['readonly']}
    ></mk-development-plan>`,
};
export default meta;
type Story = StoryObj;

export const Empty: Story = {};
export const Respond: Story = { args: { value: respond } };
export const IHub4SchoolsProcessModel: Story = {
  args: { template: 'ihub4schools-process-model', value: ihub },
  parameters: { docs: { description: { story: 'Seven optional phases in three stages; "Joint planning" is switched off.' } } },
};
export const MensiStepsPlan: Story = { args: { template: 'mensi-steps-plan', value: mensi } };
export const AtTheStart: Story = { args: { value: atStart, today: '2025-09-01' } };
export const MidYear: Story = { args: { value: respond, today: '2026-02-15' } };
export const AtTheEnd: Story = { args: { value: endOfYear, today: '2026-08-31' } };
export const OverdueReview: Story = { args: { value: respond, today: '2026-06-10' } };
export const InvalidAfterSubmit: Story = {
  args: { fillDefaults: true, value: { steps: { 'step-3': { actions: [{ action: 'Observe a science lesson', status: 'dropped' }] } } } },
  play: async ({ canvasElement }) => {
    const plan = canvasElement.querySelector('mk-development-plan')!;
    await plan.updateComplete;
    await plan.submit();
  },
};
export const TeacherView: Story = { args: { value: respond, role: 'teacher' } };
export const SupervisorView: Story = { args: { value: respond, role: 'supervisor' } };
export const ReadOnly: Story = { args: { value: endOfYear, readonly: true, today: '2026-08-31' } };
export const PrintPreview: Story = {
  args: { value: endOfYear, readonly: true, today: '2026-08-31' },
  parameters: { docs: { description: { story: 'Use the browser’s print preview: the print stylesheet lays the plan out on A4.' } } },
};
export const Norwegian: Story = { args: { lang: 'nb', value: respond } };
export const Finnish: Story = { args: { lang: 'fi', value: respond } };
export const Italian: Story = { args: { lang: 'it', value: respond } };
export const Dutch: Story = { args: { lang: 'nl', value: respond } };
/** A language the template has no text in: it falls back to English, and a note says so. */
export const UntranslatedSwedish: Story = { args: { lang: 'sv', value: respond } };
export const InvalidTemplate: Story = { args: { template: 'no-such-template' } };

/** `<mk-plan-step>`: one step on its own page, editing the whole plan record's `/steps/<step>`. */
export const SingleStep: Story = {
  args: { template: 'ihub4schools-process-model', value: ihub, step: 'mapping' },
  render: (a) =>
    html`<mk-plan-step
      name="plan"
      template=${a['template']}
      step=${a['step']}
      user-role=${a['role']}
      lang=${a['lang'] || document.documentElement.lang}
      ?fill-defaults=${a['fillDefaults']}
      .value=${a['value'] === undefined ? undefined : structuredClone(a['value'])}
      ?readonly=${a['readonly']}
    ></mk-plan-step>`,
};
export const SingleStepNorwegian: Story = { ...SingleStep, args: { ...SingleStep.args, lang: 'nb' } };
export const SingleStepFinnish: Story = { ...SingleStep, args: { ...SingleStep.args, lang: 'fi' } };
export const SingleStepItalian: Story = { ...SingleStep, args: { ...SingleStep.args, lang: 'it' } };
export const SingleStepDutch: Story = { ...SingleStep, args: { ...SingleStep.args, lang: 'nl' } };

/** The supervisor signs off the first review (signature control; "Sign" asks for confirmation). */
export const ReviewSignOff: Story = { args: { value: respond, role: 'supervisor', user: { name: 'Eva Lind' } } };
export const ReviewSignedOff: Story = {
  args: { value: respond },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-development-plan')!;
    el.value = await signedBy(respond, 'respond-development-plan', 'supervisor', 'Eva Lind', '/reviews/0');
    await el.updateComplete;
  },
};
export const ReviewChangedAfterSignOff: Story = {
  args: { value: respond },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-development-plan')!;
    const signed = await signedBy(respond, 'respond-development-plan', 'supervisor', 'Eva Lind', '/reviews/0');
    await changeAfterSigning(
      el,
      signed,
      (r) => ((r['reviews'] as Record<string, unknown>[])[0]!['progress'] = 'Progress rewritten after the sign-off'),
    );
  },
};

/** The supervisor writes a review: who and when come from the host's `user` and the day (`today`), never typed. */
export const ReviewWithUser: Story = { args: { value: respond, role: 'supervisor', user: { name: 'Eva Lind' }, today: '2026-03-02' } };
/** A review written without a known user is dated only. */
export const ReviewWithoutUser: Story = {
  args: { value: { ...respond, reviews: [{ date: '2025-12-01', progress: 'Peer observation started; starter cards in use.' }] } },
};
