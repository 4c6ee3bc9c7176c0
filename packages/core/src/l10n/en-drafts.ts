import type { Translation } from './translation.js';

/** English for the draft notice: the drafts chunk adds it (`addEnglish`). */
export const enDrafts = {
  draftRestored: ({ time }) => `Restored the draft you were writing (saved ${time}).`,
  discardDraft: 'Discard draft',
  draftConflict:
    'This document is being edited in another tab or window. It is read-only here until you continue here, which loads the latest text.',
  takeOverDraft: 'Continue editing here',
  draftFailed: ({ cause }) =>
    ({
      full: `This browser could not keep a draft: its storage for this site is full. `,
      blocked: `This browser could not keep a draft: it does not let this site store data. `,
      unavailable: `This browser could not keep a draft. `,
    })[cause] + 'Your text is still here: download a copy before you leave the page.',
  downloadDraft: 'Download a copy',
  draftNewer: ({ time }) => `The page loaded a saved record while you had a draft from ${time}. Your draft is shown.`,
  keepDraft: 'Keep my draft',
  useLoaded: 'Use the saved record',
} satisfies Partial<Translation>;
