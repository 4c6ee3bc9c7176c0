// Runs the official JSON Schema Test Suite (vendored in test/vendor/json-schema-test-suite) against
// Mentorkit's two validation paths (the run-time validator in @mentorkit/core, the precompiled
// validators `mentorkit compile` writes) and Ajv itself, and counts the cases each gets right per
// keyword. `node --import tsx test/support/json-schema-suite.ts --write` updates docs/validation.md.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type AnySchema } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import { compileValidatorModule } from '../../packages/schemas/bin/lib/standalone.mjs';
import { fromStandalone } from '../../packages/schemas/src/standalone.js';
import type { StandaloneValidator } from '../../packages/schemas/src/generated/validators/observation-record.js';
import { createRuntimeValidator } from '../../packages/core/src/validation/runtime-validator.js';

export const suiteDir = fileURLToPath(new URL('../vendor/json-schema-test-suite/', import.meta.url));
export const docsFile = fileURLToPath(new URL('../../docs/validation.md', import.meta.url));
export type Draft = '2020-12' | '7';
const folders: Record<Draft, string> = { '2020-12': 'draft2020-12', '7': 'draft7' };
const remoteBase = 'http://localhost:1234/';

interface Group {
  description: string;
  schema: unknown;
  tests: { description: string; data: unknown; valid: boolean }[];
}

/** Passes per keyword (one file of the suite) for each validator. */
export interface KeywordCount {
  keyword: string;
  cases: number;
  ajv: number;
  precompiled: number;
  runtime: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
  );
}

/** The remote schemas a draft's tests load from http://localhost:1234/, by URI. */
function remotesFor(draft: Draft): { id: string; schema: Record<string, unknown> }[] {
  const dir = join(suiteDir, 'remotes');
  const other = /^(draft(3|4|6|7|2019-09|2020-12|next)|v1)\//;
  return walk(dir)
    .map((file) => relative(dir, file).split('\\').join('/'))
    .filter((path) => !other.test(path) || path.startsWith(`${folders[draft]}/`))
    .map((path) => ({ id: remoteBase + path, schema: JSON.parse(readFileSync(join(dir, path), 'utf8')) as Record<string, unknown> }));
}

function ajvFor(draft: Draft, remotes: { id: string; schema: object }[]): Ajv {
  const options = { strict: false, allErrors: false, validateFormats: false, logger: false as const };
  const ajv = draft === '2020-12' ? new Ajv2020(options) : new Ajv(options);
  for (const { id, schema } of remotes) {
    try {
      ajv.addSchema(schema as AnySchema, id);
    } catch {
      // A remote of another dialect: tests that need it fail, and are counted so.
    }
  }
  return ajv;
}

async function importModule(code: string): Promise<StandaloneValidator> {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: StandaloneValidator };
  return module.default;
}

/** Valid or not; undefined when the validator could not say (it threw, or the schema did not compile): never a pass. */
type Check = (data: unknown) => boolean | undefined;

/** A check that treats a schema it cannot compile as failing every case (and never throws). */
async function guarded(make: () => Check | Promise<Check>): Promise<Check> {
  try {
    const check = await make();
    return (data) => {
      try {
        return check(data);
      } catch {
        return undefined;
      }
    };
  } catch (error) {
    if (process.env['SUITE_DEBUG']) console.error(error);
    return () => undefined;
  }
}

/** Runs one draft's required tests (not `optional/`). */
export async function runDraft(draft: Draft): Promise<KeywordCount[]> {
  const dir = join(suiteDir, 'tests', folders[draft]);
  const remotes = remotesFor(draft);
  const references = remotes.map(({ id, schema }) => ({ ...schema, $id: typeof schema['$id'] === 'string' ? schema['$id'] : id }));
  const counts: KeywordCount[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json') && (!process.env['SUITE_ONLY'] || name.startsWith(process.env['SUITE_ONLY'])))
    .sort()) {
    const groups = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Group[];
    const count: KeywordCount = { keyword: file.replace(/\.json$/, ''), cases: 0, ajv: 0, precompiled: 0, runtime: 0 };
    for (const group of groups) {
      const ajv = await guarded(() => {
        const validate = ajvFor(draft, remotes).compile(group.schema as AnySchema);
        return (data) => validate(data) === true;
      });
      const precompiled = await guarded(async () => {
        const schema = typeof group.schema === 'boolean' ? group.schema : { ...(group.schema as object) };
        if (draft === '7' && typeof schema === 'object' && !('$schema' in schema))
          Object.assign(schema, { $schema: 'http://json-schema.org/draft-07/schema#' });
        const dialect = draft === '7' ? 'draft-07' : '2020-12';
        const validate = fromStandalone(await importModule(await compileValidatorModule(schema, { references, minify: false, dialect })));
        return (data) => validate(data).length === 0;
      });
      const runtime = await guarded(() => {
        const validate = createRuntimeValidator(group.schema as object, { draft, references: remotes });
        return (data) => validate(data).length === 0;
      });
      for (const test of group.tests) {
        count.cases++;
        if (ajv(test.data) === test.valid) count.ajv++;
        if (precompiled(test.data) === test.valid) count.precompiled++;
        if (runtime(test.data) === test.valid) count.runtime++;
      }
    }
    counts.push(count);
  }
  return counts;
}

export function commitOfSuite(): string {
  return /commit ([0-9a-f]{40})/.exec(readFileSync(join(suiteDir, 'SOURCE.md'), 'utf8'))![1]!;
}

/** The Markdown tables docs/validation.md shows between its suite markers. */
export function tables(results: Record<Draft, KeywordCount[]>): string {
  const lines: string[] = [];
  for (const draft of ['2020-12', '7'] as Draft[]) {
    const rows = results[draft];
    const total = rows.reduce(
      (t, r) => ({
        ...t,
        cases: t.cases + r.cases,
        ajv: t.ajv + r.ajv,
        precompiled: t.precompiled + r.precompiled,
        runtime: t.runtime + r.runtime,
      }),
      {
        keyword: 'all',
        cases: 0,
        ajv: 0,
        precompiled: 0,
        runtime: 0,
      },
    );
    lines.push(`**${draft === '7' ? 'draft-07' : '2020-12'}** (tests/${folders[draft]}, without optional/)`, '');
    lines.push('| keyword | cases | Ajv | precompiled | run time |', '| --- | ---: | ---: | ---: | ---: |');
    for (const r of [...rows, total]) {
      const name = r.keyword === 'all' ? '**all**' : `\`${r.keyword}\``;
      lines.push(`| ${name} | ${r.cases} | ${r.ajv} | ${r.precompiled} | ${r.runtime} |`);
    }
    lines.push('');
  }
  return lines.join('\n').trim();
}

export const startMarker = '<!-- json-schema-test-suite:start -->';
export const endMarker = '<!-- json-schema-test-suite:end -->';

/** A Markdown table as its cells, so the comparison ignores how Prettier aligns the columns. */
export function cells(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .split('|')
        .map((cell) => cell.trim().replace(/^(:?)-+(:?)$/, '$1-$2'))
        .join('|'),
    )
    .join('\n');
}

/** The tables as docs/validation.md has them now. */
export function documentedTables(): string {
  const text = readFileSync(docsFile, 'utf8');
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  return start < 0 || end < 0 ? '' : text.slice(start + startMarker.length, end).trim();
}

export async function runSuite(): Promise<Record<Draft, KeywordCount[]>> {
  return { '2020-12': await runDraft('2020-12'), '7': await runDraft('7') };
}

if (process.argv.includes('--write')) {
  const results = await runSuite();
  const text = readFileSync(docsFile, 'utf8');
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  if (start < 0 || end < 0) throw new Error(`docs/validation.md has no ${startMarker} … ${endMarker} section`);
  writeFileSync(docsFile, `${text.slice(0, start + startMarker.length)}\n\n${tables(results)}\n\n${text.slice(end)}`);
  console.log(tables(results));
}
