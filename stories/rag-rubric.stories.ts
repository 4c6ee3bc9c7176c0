import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mentorkit/elements/define/rag-rubric.js';
import ittRecord from '../schemas/examples/valid/itt-mentor-standards-rag.record.json';
import advancedRecord from '../schemas/examples/valid/advanced-mentor.record.json';
import cureeRecord from '../schemas/examples/valid/curee-coaching-checklists.record.json';
import respondRecord from '../schemas/examples/valid/respond-guidelines-self-review.record.json';
import mensiRecord from '../schemas/examples/valid/mensi-success-conditions.record.json';
import invalidExample from '../schemas/examples/invalid/rubric-unknown-items.json';
import { changeAfterSigning, signedBy, unsigned } from './sealing.js';

const meta: Meta = {
  title: 'Documents/RAG rubric',
  component: 'mk-rag-rubric',
  args: { template: 'itt-mentor-standards-rag', role: '', readonly: false, lang: '' },
  argTypes: {
    template: {
      control: 'select',
      options: [
        'itt-mentor-standards-rag',
        'advanced-mentor',
        'curee-coaching-checklists',
        'respond-guidelines-self-review',
        'mensi-success-conditions',
      ],
    },
    role: { control: 'inline-radio', options: ['', 'mentor', 'headTeacher', 'mentorRecognitionTeam', 'school', 'university'] },
  },
  render: (a) =>
    html`<mk-rag-rubric
      name="rubric"
      template=${a['template']}
      user-role=${a['role']}
      .user=${a['user']}
      lang=${a['lang'] || document.documentElement.lang}
      ?fill-defaults=${a['fillDefaults']}
      .value=${a['value'] === undefined ? undefined : structuredClone(a['value'])}
      ?readonly=${a['readonly']}
    ></mk-rag-rubric>`,
};
export default meta;
type Story = StoryObj;

export const IttMentorStandardsEmpty: Story = {};
export const AdvancedMentorEmpty: Story = { args: { template: 'advanced-mentor' } };
export const CureeCoachingChecklistsEmpty: Story = { args: { template: 'curee-coaching-checklists' } };
export const RespondGuidelinesSelfReviewEmpty: Story = { args: { template: 'respond-guidelines-self-review' } };
export const MensiSuccessConditionsEmpty: Story = { args: { template: 'mensi-success-conditions' } };

export const IttMentorStandardsFilled: Story = { args: { value: ittRecord } };
export const AdvancedMentorFilled: Story = { args: { template: 'advanced-mentor', value: advancedRecord } };
export const CureeCoachingChecklistsFilled: Story = { args: { template: 'curee-coaching-checklists', value: cureeRecord } };
export const RespondGuidelinesSelfReviewFilled: Story = { args: { template: 'respond-guidelines-self-review', value: respondRecord } };
export const MensiSuccessConditionsFilled: Story = { args: { template: 'mensi-success-conditions', value: mensiRecord } };

export const InvalidAfterSubmit: Story = {
  args: { value: invalidExample.record },
  play: async ({ canvasElement }) => {
    const rubric = canvasElement.querySelector('mk-rag-rubric')!;
    await rubric.updateComplete;
    await rubric.submit();
  },
};
export const ReadOnly: Story = { args: { value: ittRecord, readonly: true } };
export const Collapsed: Story = {
  args: { value: ittRecord },
  play: async ({ canvasElement }) => {
    const rubric = canvasElement.querySelector('mk-rag-rubric')!;
    await rubric.updateComplete;
    for (const id of ['ms1', 'ms2', 'ms3', 'ms4']) rubric.toggleStandard(id, true);
    await rubric.updateComplete;
  },
};
export const MentorView: Story = { args: { value: ittRecord, role: 'mentor' } };
export const SchoolCommentsView: Story = { args: { value: ittRecord, role: 'school' } };
export const HeadTeacherView: Story = { args: { value: ittRecord, role: 'headTeacher' } };
export const PrintPreview: Story = {
  args: { value: ittRecord, readonly: true },
  parameters: { docs: { description: { story: 'Use the browser’s print preview: the print stylesheet lays the rubric out on A4.' } } },
};
export const Norwegian: Story = { args: { lang: 'nb', template: 'mensi-success-conditions', value: mensiRecord } };
export const Finnish: Story = { args: { lang: 'fi' } };
export const Italian: Story = { args: { lang: 'it', template: 'curee-coaching-checklists' } };
export const Dutch: Story = { args: { lang: 'nl', template: 'respond-guidelines-self-review' } };
/** A language the template has no text in: it falls back to English, and a note says so. */
export const UntranslatedSwedish: Story = { args: { lang: 'sv', template: 'mensi-success-conditions' } };
export const InvalidTemplate: Story = { args: { template: 'no-such-template' } };

/** The head teacher about to verify: the signature control, and on "Sign" the confirmation of what it locks. */
export const VerificationToSign: Story = { args: { value: unsigned(ittRecord), role: 'headTeacher', user: { name: 'Helen Carter' } } };
export const Verified: Story = { args: { value: ittRecord } };
export const ChangedAfterVerification: Story = {
  args: { value: unsigned(ittRecord) },
  parameters: {
    docs: {
      description: { story: 'Verified by the head teacher, then the targets were rewritten: shown at the field and in the verification.' },
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mk-rag-rubric')!;
    const signed = await signedBy(ittRecord, 'itt-mentor-standards-rag', 'headTeacher', 'Helen Carter');
    await changeAfterSigning(
      el,
      signed,
      (r) => ((r['closing'] as Record<string, unknown>)['targets'] = 'New targets written after the verification'),
    );
  },
};

/** The school writes its reflective comment: author and date come from the host's `user`, shown under it. */
export const CommentWithUser: Story = { args: { value: ittRecord, role: 'school', user: { name: 'Helen Carter' } } };
/** Comments written without a known user are dated only. */
export const CommentsWithoutUser: Story = {
  args: {
    value: {
      ...ittRecord,
      closing: {
        ...ittRecord.closing,
        comments: { school: { text: 'A committed professional mentor.', date: '2025-07-02' } },
      },
    },
  },
};
