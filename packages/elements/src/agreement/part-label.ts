import { localise, parsePointer } from '@mentorkit/core';
import type { AgreementTemplate } from '@mentorkit/schemas';
import { agreementTerms as t } from './agreement-terms.js';

// No prototype: the part name comes from a record pointer.
const meetingLabels = Object.assign(Object.create(null) as Record<string, Record<string, string>>, {
  period: t.interval,
  schedule: t.schedule,
  place: t.place,
  start: t.start,
  end: t.end,
  notes: t.meetingNotes,
});

/** A reader's name for a part of an agreement's signed content (see `contentParts`): "Meetings: Start". */
export function partLabel(pointer: string, template: AgreementTemplate, lang: string): string {
  const [section, child] = parsePointer(pointer);
  const index = Number(child);
  switch (section) {
    case 'parties': {
      const slot = template.parties.find((s) => s.id === child);
      return child === undefined ? localise(t.parties, lang) : `${localise(t.parties, lang)}: ${slot ? localise(slot.label, lang) : child}`;
    }
    case 'meeting': {
      const label = child === undefined ? undefined : meetingLabels[child];
      return child === undefined ? localise(t.meetings, lang) : `${localise(t.meetings, lang)}: ${label ? localise(label, lang) : child}`;
    }
    case 'customCommitments':
      return Number.isInteger(index)
        ? `${localise(t.ownCommitment, lang)} ${template.commitments.length + index + 1}`
        : localise(t.ownCommitments, lang);
    case 'additionalGroundRules':
      return Number.isInteger(index)
        ? `${localise(t.groundRule, lang)} ${(template.groundRules?.length ?? 0) + index + 1}`
        : localise(t.ownGroundRules, lang);
    case 'groundRuleResponses': {
      const rule = template.groundRules?.find((r) => r.id === child);
      return rule?.responseLabel
        ? `${localise(t.groundRules, lang)}: ${localise(rule.responseLabel, lang)}`
        : localise(t.groundRules, lang);
    }
    default:
      return `${localise(t.recordDetails, lang)} (${pointer})`;
  }
}
