import { escapeToken } from '@mentorkit/core';
import type { RubricTemplate } from '@mentorkit/schemas';

/** What the respondent (the mentor assessing themselves) writes. */
const respondentParts = [
  '/respondent',
  '/organisation',
  '/date',
  '/ratings',
  '/standards',
  '/advanced',
  '/closing/answers',
  '/closing/reflection',
  '/closing/targets',
];

/** Roles the template gives a part of their own: verifiers (head teacher, recognition team) and commenters (school, university). */
export function reviewerRoles(template: RubricTemplate): Set<string> {
  const closing = template.closing;
  return new Set([...(closing?.verifications ?? []), ...(closing?.comments ?? [])].map((r) => r.role));
}

/**
 * Pointers a role may not write. A reviewer role writes only its own comments (a verifier, who signs,
 * writes nothing here); any other role is the respondent's and writes everything except the reviewers' comments.
 */
export function rubricReadonlyPointers(role: string, template: RubricTemplate): string[] {
  const commentRoles = (template.closing?.comments ?? []).map((c) => c.role);
  const othersComments = commentRoles.filter((r) => r !== role).map((r) => `/closing/comments/${escapeToken(r)}`);
  if (reviewerRoles(template).has(role)) return [...respondentParts, ...othersComments];
  return othersComments;
}
