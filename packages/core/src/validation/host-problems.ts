import { parsePointer } from '../store/pointer.js';
import type { Problem } from './problem.js';

/**
 * What a record validator returned, checked at the boundary: a list of problems in the shared shape.
 * A validator is host code: it may throw, return something that is not a list, or problems whose
 * pointer is not a JSON Pointer, without `params`, or with odd keys. None of that throws here and none
 * of it lets the record through: a validator that fails yields one `validatorFailed` problem at the
 * root, and each malformed problem is kept (at the root when its pointer is unusable) with `issue`
 * naming what was wrong. Every such fault is reported on the console once per message.
 */
export function runValidator(validate: (value: unknown) => unknown, value: unknown): Problem[] {
  let result: unknown;
  try {
    result = validate(value);
  } catch (error) {
    return [failure(`The record validator threw: ${describe(error)}`)];
  }
  if (!Array.isArray(result)) return [failure(`The record validator returned ${kindOf(result)}, not a list of problems.`)];
  return result.map(problemFrom);
}

function problemFrom(raw: unknown, index: number): Problem {
  if (raw === null || typeof raw !== 'object')
    return failure(`Problem ${index} from the record validator is ${kindOf(raw)}, not an object.`);
  const { pointer, keyword, key, params } = raw as Partial<Record<keyof Problem, unknown>>;
  const faults: string[] = [];
  let at = '';
  if (typeof pointer !== 'string') faults.push(`its pointer is ${kindOf(pointer)}`);
  else if (!isPointer(pointer)) faults.push(`its pointer "${pointer}" is not a JSON Pointer`);
  else at = pointer;
  if (typeof keyword !== 'string') faults.push(`its keyword is ${kindOf(keyword)}`);
  if (key !== undefined && typeof key !== 'string') faults.push(`its key is ${kindOf(key)}`);
  const paramsOk = params !== null && typeof params === 'object' && !Array.isArray(params);
  if (params !== undefined && !paramsOk) faults.push(`its params are ${kindOf(params)}`);
  const problem: Problem = {
    pointer: at,
    keyword: typeof keyword === 'string' ? keyword : 'invalid',
    key: typeof key === 'string' ? key : typeof keyword === 'string' ? '' : 'invalid',
    params: paramsOk ? (params as Record<string, unknown>) : {},
  };
  if (faults.length) {
    const issue = `Problem ${index} from the record validator is malformed: ${faults.join('; ')}.`;
    report(issue);
    problem.params = { ...problem.params, issue };
  }
  return problem;
}

function isPointer(pointer: string): boolean {
  try {
    parsePointer(pointer);
    return true;
  } catch {
    return false;
  }
}

function failure(issue: string): Problem {
  report(issue);
  return { pointer: '', keyword: 'validator', key: 'validatorFailed', params: { issue } };
}

const reported = new Set<string>();
function report(issue: string): void {
  if (reported.has(issue)) return;
  reported.add(issue);
  console.error(`Mentorkit: ${issue}`);
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return kindOf(error);
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value === 'undefined' ? 'missing' : `a ${typeof value}`;
}
