import type { ValidationError } from '../errors.js';
import { entries, field, idOf, idsOf, knownKeys, knownLevels, list, semantic, uniqueIds } from './support.js';

function criteriaOf(template: unknown): unknown[] {
  return list(field(template, 'standards')).flatMap((standard) => list(field(standard, 'criteria')));
}

export function checkRubricTemplate(template: unknown): ValidationError[] {
  const errors = [
    ...uniqueIds(field(field(template, 'scale'), 'levels'), ['scale', 'levels']),
    ...uniqueIds(field(template, 'sections'), ['sections']),
    ...uniqueIds(field(template, 'standards'), ['standards']),
  ];
  const criterionIds = new Set<string>();
  const sections = idsOf(field(template, 'sections'));
  list(field(template, 'standards')).forEach((standard, index) => {
    errors.push(...uniqueIds(field(standard, 'criteria'), ['standards', index, 'criteria'], criterionIds));
    const section = field(standard, 'section');
    if (typeof section === 'string' && !sections.has(section)) {
      errors.push(semantic(['standards', index, 'section'], 'knownItem', 'unknownItem', { id: section, item: 'section' }));
    }
  });
  const advanced = field(template, 'advanced');
  const frameworks = new Map(list(field(advanced, 'frameworks')).map((f) => [idOf(f), new Set(list(field(f, 'refs')).map(String))]));
  errors.push(...uniqueIds(field(advanced, 'frameworks'), ['advanced', 'frameworks']));
  errors.push(...uniqueIds(field(advanced, 'criteria'), ['advanced', 'criteria']));
  list(field(advanced, 'criteria')).forEach((criterion, c) => {
    list(field(criterion, 'mapsTo')).forEach((mapping, m) => {
      const path = ['advanced', 'criteria', c, 'mapsTo', m];
      const refs = frameworks.get(String(field(mapping, 'framework')));
      if (!refs)
        return void errors.push(
          semantic([...path, 'framework'], 'knownItem', 'unknownItem', { id: field(mapping, 'framework'), item: 'framework' }),
        );
      list(field(mapping, 'refs')).forEach((ref, r) => {
        if (!refs.has(String(ref))) errors.push(semantic([...path, 'refs', r], 'knownItem', 'unknownItem', { id: ref, item: 'standard' }));
      });
    });
  });
  const closing = field(template, 'closing');
  errors.push(...uniqueIds(field(closing, 'keyQuestions'), ['closing', 'keyQuestions']));
  return errors;
}

export function checkRubricRecord(record: unknown, template: unknown): ValidationError[] {
  const ratings = field(record, 'ratings');
  const advancedTemplate = field(template, 'advanced');
  const advancedCriteria = new Map(list(field(advancedTemplate, 'criteria')).map((c) => [idOf(c), c]));
  const closing = field(record, 'closing');
  const closingTemplate = field(template, 'closing');
  const errors = [
    ...knownKeys(ratings, idsOf(criteriaOf(template)), ['ratings'], 'criterion'),
    ...knownLevels(ratings, field(template, 'scale'), ['ratings']),
    ...knownKeys(field(record, 'standards'), idsOf(field(template, 'standards')), ['standards'], 'standard'),
    ...knownKeys(
      field(record, 'advanced'),
      new Set([...advancedCriteria.keys()].filter((id): id is string => !!id)),
      ['advanced'],
      'criterion',
    ),
    ...knownKeys(field(closing, 'answers'), idsOf(field(closingTemplate, 'keyQuestions')), ['closing', 'answers'], 'question'),
    ...knownKeys(
      field(closing, 'comments'),
      new Set(list(field(closingTemplate, 'comments')).map((c) => String(field(c, 'role')))),
      ['closing', 'comments'],
      'role',
    ),
  ];
  for (const [id, answer] of entries(field(record, 'advanced'))) {
    const allowed = list(field(advancedCriteria.get(id), 'mapsTo'));
    list(field(answer, 'mapsTo')).forEach((ref, index) => {
      const framework = field(ref, 'framework');
      const options = allowed.find((mapping) => field(mapping, 'framework') === framework);
      if (advancedCriteria.has(id) && !list(field(options, 'refs')).includes(field(ref, 'ref'))) {
        errors.push(
          semantic(['advanced', id, 'mapsTo', index], 'knownItem', 'unknownItem', { framework, ref: field(ref, 'ref'), item: 'standard' }),
        );
      }
    });
  }
  return errors;
}
