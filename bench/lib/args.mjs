import { parseArgs } from 'node:util';

export const usage = 'usage: node bench/run.mjs [--sizes=20,100,500,2000] [--runs=N] [--quick] [--validator=runtime|compiled]';

const DEFAULT_SIZES = [20, 100, 500, 2000];
const DEFAULT_RUNS = 5;
const QUICK_RUNS = 2;

/** Parses the command line; `runs` is the number of fresh pages per renderer and workload. */
export function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      validator: { type: 'string', default: 'runtime' },
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
  if (!['runtime', 'compiled'].includes(values.validator))
    throw new Error(`--validator: "${values.validator}" is not runtime or compiled\n${usage}`);
  return { sizes, runs, quick: values.quick, validator: values.validator };
}

function positiveInt(text, flag) {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag}: "${text}" is not a positive integer\n${usage}`);
  return n;
}
