import type { ValidationError } from '../errors.js';
import { sameTemplate } from '../derived-templates.js';
import { field, semantic } from './support.js';

const at = 'embeddedTemplate';

/**
 * What makes a record's embedded template one to validate the record against: it is the template the record
 * names (same id and version), a built-in id and version names the built-in template exactly (an edited copy
 * under a built-in's name is refused), the template passes its own checks (`checkTemplate`, pointers under
 * `/embeddedTemplate`), and a template the caller gives is the same template.
 */
export function checkEmbeddedTemplate(
  record: unknown,
  embedded: object,
  builtIns: Readonly<Record<string, unknown>>,
  checkTemplate: (template: unknown) => ValidationError[],
  given?: unknown,
): ValidationError[] {
  const errors: ValidationError[] = [];
  const reference = field(record, 'template');
  for (const part of ['id', 'version']) {
    const named = field(reference, part);
    if (named !== undefined && field(embedded, part) !== named)
      errors.push(semantic([at, part], 'template', 'templateMismatch', { expected: named }));
  }
  const id = field(embedded, 'id');
  const builtIn = typeof id === 'string' && Object.hasOwn(builtIns, id) ? builtIns[id] : undefined;
  if (builtIn && field(builtIn, 'version') === field(embedded, 'version') && !sameTemplate(builtIn, embedded))
    errors.push(semantic([at], 'template', 'templateMismatch', { expected: `built-in ${id} ${String(field(embedded, 'version'))}` }));
  if (given !== undefined && !sameTemplate(given, embedded))
    errors.push(
      semantic([at], 'template', 'templateMismatch', { expected: `${String(field(given, 'id'))} ${String(field(given, 'version'))}` }),
    );
  for (const error of checkTemplate(embedded)) errors.push({ ...error, pointer: `/${at}${error.pointer}` });
  return errors;
}
