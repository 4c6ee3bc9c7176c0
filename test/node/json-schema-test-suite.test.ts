import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cells, commitOfSuite, documentedTables, runSuite, suiteDir, tables } from '../support/json-schema-suite.js';

describe('JSON Schema Test Suite (draft2020-12, draft7)', () => {
  it('is vendored with its licence and commit id', () => {
    assert.ok(existsSync(join(suiteDir, 'LICENSE')));
    assert.match(commitOfSuite(), /^[0-9a-f]{40}$/);
    for (const folder of ['tests/draft2020-12', 'tests/draft7', 'remotes']) assert.ok(existsSync(join(suiteDir, folder)), folder);
  });

  it('passes as docs/validation.md says on both validation paths, beside Ajv on the same cases', async () => {
    const warn = console.warn;
    // Ajv warns about every format it does not know (idn-email, iri …): the counts say what that costs.
    console.warn = () => {};
    let results;
    try {
      results = await runSuite();
    } finally {
      console.warn = warn;
    }
    assert.equal(
      cells(tables(results)),
      cells(documentedTables()),
      'docs/validation.md is out of date: node --import tsx test/support/json-schema-suite.ts --write',
    );
    for (const [draft, rows] of Object.entries(results)) {
      const cases = rows.reduce((n, r) => n + r.cases, 0);
      const runtime = rows.reduce((n, r) => n + r.runtime, 0);
      const precompiled = rows.reduce((n, r) => n + r.precompiled, 0);
      assert.ok(cases > 500, `${draft}: ${cases} cases read`);
      // Both paths must stay close to the suite; a change that loses a keyword shows here and in the table.
      assert.ok(runtime / cases > 0.95, `${draft}: run time ${runtime}/${cases}`);
      assert.ok(precompiled / cases > 0.9, `${draft}: precompiled ${precompiled}/${cases}`);
    }
  });
});
