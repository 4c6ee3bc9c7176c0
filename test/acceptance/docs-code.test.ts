// The TypeScript and JavaScript examples in docs/ typecheck against the packages as they are now, so an
// example cannot drift from the API. Each block is written to a file as it stands; a fragment that uses a
// variable the page has (`form`, `field`, `record`) gets a declaration of it, and an interface the docs spell
// out must match the exported type both ways. Not here: the guide's files (run in documents.test.ts), the
// recipes (their own tests), exchange.md and cohort-summary.md (test/node/exchange-docs, cohort-docs).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { validatorDeclarations } from '../../packages/schemas/bin/lib/standalone.mjs';
import { guideFiles, root } from './support/docs-site.js';

const run = promisify(execFile);
const testedElsewhere = new Set(['exchange.md', 'cohort-summary.md']);

/** What a fragment's surroundings give it, by document (JSDoc, so it also types a .js example). */
const context: Record<string, string> = {
  'roles.md': "/** @type {import('@mentorkit/elements').MkObservationForm} */\nconst form = /** @type {any} */ (undefined);\n",
  'validation.md': "/** @type {import('@mentorkit/core').MkTextField} */\nconst field = /** @type {any} */ (undefined);\n",
  'schemas.md':
    '/** @type {unknown} */\nconst template = undefined;\n' +
    "/** @type {import('@mentorkit/schemas').DocumentRecord} */\nconst record = /** @type {any} */ (undefined);\n",
};

/** An interface the docs write out, and the export it describes. */
const described: Record<string, string> = {
  ValidationError: "import('@mentorkit/schemas').ValidationError",
  Problem: "import('@mentorkit/core').Problem",
};

const dir = join(root, 'test-results', `docs-code-${process.pid}`);

interface Block {
  doc: string;
  file: string;
  code: string;
}

function blocks(): Block[] {
  const found: Block[] = [];
  for (const doc of readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md') && !testedElsewhere.has(name))) {
    const markdown = readFileSync(join(root, 'docs', doc), 'utf8');
    const named = new Set([...guideFiles(markdown).values()].map((code) => code.trim()));
    let n = 0;
    for (const [, lang, code] of markdown.matchAll(/^```(ts|js)\n([\s\S]*?)\n```$/gm)) {
      if (named.has(code!.trim())) continue;
      found.push({ doc, file: `${doc.replace(/\.md$/, '')}-${++n}.${lang}`, code: code! });
    }
  }
  return found;
}

describe('the TypeScript and JavaScript examples in docs/', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('typecheck against the packages', async () => {
    const examples = blocks();
    assert.ok(examples.length >= 8, `${examples.length} examples`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const { doc, file, code } of examples) {
      const interfaces = [...code.matchAll(/^interface (\w+)/gm)].map((m) => m[1]!);
      const checks = interfaces
        .filter((name) => described[name])
        .map(
          (name) =>
            `export const ${name}Fits: ${described[name]} = {} as ${name};\nexport const ${name}Covers: ${name} = {} as ${described[name]};\n`,
        );
      // Every example is its own module (so the names of one do not clash with another's).
      writeFileSync(join(dir, file), `${context[doc] ?? ''}${code}\n${checks.join('')}export {};\n`);
    }
    // validation.md's example imports the guide's compiled validator and its schema.
    const schema = guideFiles().get('pages/school-visit.schema.json')!;
    writeFileSync(join(dir, 'school-visit.schema.json'), schema);
    await run(join(root, 'node_modules', '.bin', 'mentorkit'), ['compile', 'school-visit.schema.json', '-o', 'school-visit.validator.js'], {
      cwd: dir,
    });
    // `mentorkit compile` writes the module only; its types are the package's declarations for validators.
    writeFileSync(join(dir, 'school-visit.validator.d.ts'), validatorDeclarations);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../tsconfig.base.json',
        // Examples are read as a JavaScript reader writes them: no null checks or annotations asked for; every
        // name, property, argument and type they use must still exist and fit.
        compilerOptions: {
          noEmit: true,
          allowJs: true,
          checkJs: true,
          noUnusedLocals: false,
          strictNullChecks: false,
          // the published types (dist/*.d.ts), as a reader's project sees them
          customConditions: [],
          noImplicitAny: false,
          types: ['node'],
        },
        files: examples.map((example) => example.file),
      }),
    );
    await run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: root, timeout: 120_000 }).catch(
      (error: { stdout: string }) => assert.fail(`the examples do not typecheck:\n${error.stdout}`),
    );
  });
});
