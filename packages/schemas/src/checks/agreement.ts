import type { ValidationError } from '../errors.js';
import { field, idOf, idsOf, knownKeys, list, semantic, uniqueIds } from './support.js';

const partyTypeForKind: Record<string, string> = {
  mentor: 'person',
  mentee: 'person',
  group: 'group',
  mentorSchool: 'school',
  menteeSchool: 'school',
};

export function checkAgreementTemplate(template: unknown): ValidationError[] {
  const errors = [
    ...uniqueIds(field(template, 'parties'), ['parties']),
    ...uniqueIds(field(template, 'commitments'), ['commitments']),
    ...uniqueIds(field(template, 'groundRules'), ['groundRules']),
  ];
  list(field(template, 'parties')).forEach((slot, index) => {
    for (const [min, max] of [
      ['minCount', 'maxCount'],
      ['minMembers', 'maxMembers'],
    ] as const) {
      const low = field(slot, min);
      const high = field(slot, max);
      if (typeof low === 'number' && typeof high === 'number' && low > high) {
        errors.push(semantic(['parties', index, max], 'boundsOrder', 'rangeUnderflow', { min: low }));
      }
    }
  });
  return errors;
}

function checkSlot(slot: unknown, parties: unknown, path: (string | number)[]): ValidationError[] {
  const errors: ValidationError[] = [];
  const filled = list(parties);
  const kind = String(field(slot, 'kind'));
  const minCount = Number(field(slot, 'minCount') ?? 1);
  const maxCount = Number(field(slot, 'maxCount') ?? (kind === 'menteeSchool' ? Infinity : 1));
  if (filled.length > 0 && filled.length < minCount) errors.push(semantic(path, 'minCount', 'tooFewItems', { min: minCount }));
  if (filled.length > maxCount) errors.push(semantic(path, 'maxCount', 'tooManyItems', { max: maxCount }));
  filled.forEach((party, index) => {
    const type = field(party, 'type');
    const expected = partyTypeForKind[kind];
    if (typeof type === 'string' && expected && type !== expected) {
      errors.push(semantic([...path, index, 'type'], 'partyType', 'notAllowed', { allowed: [expected] }));
    }
    const group = field(party, 'group');
    const members = field(group, 'members');
    if (type !== 'group' || !Array.isArray(members)) return;
    // The bounds count people: the members and the facilitator, who is one of the group (Finnish model).
    const people = members.length + (field(group, 'facilitator') === undefined ? 0 : 1);
    const minMembers = field(slot, 'minMembers');
    const maxMembers = field(slot, 'maxMembers');
    const membersPath = [...path, index, 'group', 'members'];
    if (typeof minMembers === 'number' && people < minMembers)
      errors.push(semantic(membersPath, 'minMembers', 'tooFewItems', { min: minMembers }));
    if (typeof maxMembers === 'number' && people > maxMembers)
      errors.push(semantic(membersPath, 'maxMembers', 'tooManyItems', { max: maxMembers }));
  });
  return errors;
}

export function checkAgreementRecord(record: unknown, template: unknown): ValidationError[] {
  const slots = list(field(template, 'parties'));
  const parties = field(record, 'parties');
  const slotIds = idsOf(slots);
  const errors = knownKeys(parties, slotIds, ['parties'], 'party');
  for (const slot of slots) {
    const id = idOf(slot);
    if (id === undefined) continue;
    const filled = field(parties, id);
    const minCount = Number(field(slot, 'minCount') ?? 1);
    if (filled === undefined && minCount > 0 && parties !== undefined) errors.push(semantic(['parties', id], 'required', 'valueMissing'));
    errors.push(...checkSlot(slot, filled, ['parties', id]));
  }
  const custom = field(record, 'customCommitments');
  if (list(custom).length > 0 && field(template, 'allowCustomCommitments') !== true) {
    errors.push(semantic(['customCommitments'], 'allowCustomCommitments', 'notAllowed'));
  }
  errors.push(...uniqueIds(custom, ['customCommitments'], idsOf(field(template, 'commitments'))));
  errors.push(...uniqueIds(field(record, 'additionalGroundRules'), ['additionalGroundRules'], idsOf(field(template, 'groundRules'))));
  const answerable = idsOf(list(field(template, 'groundRules')).filter((rule) => field(rule, 'responseLabel') !== undefined));
  errors.push(...knownKeys(field(record, 'groundRuleResponses'), answerable, ['groundRuleResponses'], 'groundRule'));
  list(field(record, 'signatures')).forEach((signature, index) => {
    const role = field(signature, 'role');
    if (typeof role === 'string' && !slotIds.has(role)) {
      errors.push(semantic(['signatures', index, 'role'], 'knownItem', 'unknownItem', { id: role, item: 'party' }));
    }
  });
  return errors;
}
