import type { ValidationError } from '../errors.js';
import { entries, field, idOf, idsOf, knownKeys, list, requiredFields, semantic, uniqueIds } from './support.js';

export function checkPlanTemplate(template: unknown): ValidationError[] {
  const errors = [
    ...uniqueIds(field(template, 'headerFields'), ['headerFields']),
    ...uniqueIds(field(template, 'stages'), ['stages']),
    ...uniqueIds(field(template, 'steps'), ['steps']),
  ];
  const stages = idsOf(field(template, 'stages'));
  list(field(template, 'steps')).forEach((step, index) => {
    errors.push(...uniqueIds(field(step, 'prompts'), ['steps', index, 'prompts']));
    errors.push(...uniqueIds(field(step, 'methods'), ['steps', index, 'methods']));
    const stage = field(step, 'stage');
    if (typeof stage === 'string' && !stages.has(stage))
      errors.push(semantic(['steps', index, 'stage'], 'knownItem', 'unknownItem', { id: stage, item: 'stage' }));
  });
  return errors;
}

export function checkPlanRecord(record: unknown, template: unknown): ValidationError[] {
  const steps = new Map(list(field(template, 'steps')).map((step) => [idOf(step), step]));
  const errors = [
    ...requiredFields(field(template, 'headerFields'), field(record, 'header'), ['header']),
    ...knownKeys(field(record, 'steps'), new Set([...steps.keys()].filter((id): id is string => !!id)), ['steps'], 'step'),
  ];
  for (const [id, answers] of entries(field(record, 'steps'))) {
    const step = steps.get(id);
    if (!step) continue;
    if (field(answers, 'enabled') === false && field(step, 'optional') !== true) {
      errors.push(semantic(['steps', id, 'enabled'], 'optional', 'notAllowed', { step: id }));
    }
    errors.push(...knownKeys(field(answers, 'answers'), idsOf(field(step, 'prompts')), ['steps', id, 'answers'], 'prompt'));
    if (field(answers, 'decisions') !== undefined && field(step, 'decisionsLabel') === undefined)
      errors.push(semantic(['steps', id, 'decisions'], 'decisionsLabel', 'notAllowed', { step: id }));
    const methods = idsOf(field(step, 'methods'));
    list(field(answers, 'methods')).forEach((method, index) => {
      if (typeof method === 'string' && !methods.has(method)) {
        errors.push(semantic(['steps', id, 'methods', index], 'knownItem', 'unknownItem', { id: method, item: 'method' }));
      }
    });
  }
  const timeline = field(record, 'timeline');
  const start = field(timeline, 'start');
  const end = field(timeline, 'end');
  if (typeof start === 'string' && typeof end === 'string' && end < start) {
    errors.push(semantic(['timeline', 'end'], 'dateOrder', 'rangeUnderflow', { min: start }));
  }
  return errors;
}
