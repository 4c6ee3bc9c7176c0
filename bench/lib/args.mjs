import { parseArgs } from 'node:util';
import { RENDERERS } from './run-pages.mjs';

export const usage =
  'usage: node bench/run.mjs [--sizes=20,100,500,2000] [--runs=N] [--large-runs=N] [--quick] [--validator=runtime|compiled] [--no-compile-hints] ' +
  `[--renderers=${RENDERERS.join(',')}]`;

const DEFAULT_SIZES = [20, 100, 500, 2000];
const DEFAULT_RUNS = 5;
/** Fresh pages per renderer at N ≥ LARGE_N: a page there takes seconds, and its figures vary little. */
const DEFAULT_LARGE_RUNS = 1;
export const LARGE_N = 2000;
const QUICK_RUNS = 2;

/**
 * Parses the command line; `runsOf(workload)` is the number of fresh pages per renderer for a workload
 * (`runs`, or `largeRuns` from N = 2000 on).
 */
export function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      'large-runs': { type: 'string' },
      quick: { type: 'boolean', default: false },
      validator: { type: 'string', default: 'runtime' },
      'no-compile-hints': { type: 'boolean', default: false },
      renderers: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const sizes = values.sizes ? values.sizes.split(',').map((s) => positiveInt(s, '--sizes')) : DEFAULT_SIZES;
  const runs = values.runs ? positiveInt(values.runs, '--runs') : values.quick ? QUICK_RUNS : DEFAULT_RUNS;
  const largeRuns = values['large-runs'] ? positiveInt(values['large-runs'], '--large-runs') : Math.min(runs, DEFAULT_LARGE_RUNS);
  if (!['runtime', 'compiled'].includes(values.validator))
    throw new Error(`--validator: "${values.validator}" is not runtime or compiled\n${usage}`);
  const renderers = values.renderers ? values.renderers.split(',') : RENDERERS;
  const unknown = renderers.filter((r) => !RENDERERS.includes(r));
  if (unknown.length || !renderers.includes('mk-form'))
    throw new Error(`--renderers: ${renderers.join(',')} must name mk-form and only ${RENDERERS.join(', ')}\n${usage}`);
  const runsOf = (workload) => (workload.n >= LARGE_N ? largeRuns : runs);
  return {
    sizes,
    runs,
    largeRuns,
    runsOf,
    quick: values.quick,
    validator: values.validator,
    compileHints: !values['no-compile-hints'],
    renderers,
  };
}

function positiveInt(text, flag) {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag}: "${text}" is not a positive integer\n${usage}`);
  return n;
}
