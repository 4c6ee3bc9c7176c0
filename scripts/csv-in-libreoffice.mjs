#!/usr/bin/env node
// Opens Mentorkit's CSV in LibreOffice Calc (headless, formulas evaluated on import, as a user's spreadsheet
// does) and checks that every value comes back in its own cell and no formula ran. A control file of the same
// payloads, not neutralised, shows that the import does evaluate formulas. Needs Debian's
// libreoffice-calc-nogui (`apt-get install -y --no-install-recommends libreoffice-calc-nogui`, ~155 MB), so it is
// not part of `npm test`, where csv-parse in strict RFC 4180 mode reads the exports instead (docs/exchange.md).
//   node --conditions source --import tsx scripts/csv-in-libreoffice.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { getTemplate } from '@mentorkit/schemas';
import { recordsToCsv, toCsv } from '@mentorkit/schemas/exchange/csv.js';
import { hostileStrings } from '../test/support/hostile-strings.ts';

const formulas = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  '=HYPERLINK("http://evil.example","click")',
  '＝1+1',
  '=cmd|"/c calc"!A1',
];
const texts = [...formulas, 'a,b', 'say "hi"', 'two\nlines', 'ünïcødé ✓ 日本語', ...hostileStrings.slice(0, 60)];
const template = getTemplate('mensi-success-conditions');
const records = texts.map((text, i) => ({
  schemaVersion: 1,
  kind: 'rubric',
  id: `r${i}`,
  template: { id: template.id, version: template.version },
  respondent: { name: text },
  organisation: text,
  ratings: { sc1: { level: 'connected', notes: text } },
}));

const work = mkdtempSync(join(tmpdir(), 'mentorkit-lo-'));
// Import: comma, double quote, UTF-8, from line 1, detect special numbers, evaluate formulas (token 13).
const importOptions = 'CSV:44,34,76,1,,0,false,true,false,false,false,-1,true';
const exportOptions = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** What LibreOffice shows in each cell after opening `csv`: read back from its own CSV export of the values. */
function openInCalc(name, csv) {
  const input = join(work, `${name}.csv`);
  writeFileSync(input, csv);
  const out = join(work, `${name}-out`);
  const run = spawnSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      `--infilter=${importOptions}`,
      '--convert-to',
      exportOptions,
      '--outdir',
      out,
      input,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.error || run.status !== 0) throw new Error(`soffice failed: ${run.error?.message ?? run.stderr}`);
  const [file] = readdirSync(out);
  return parse(readFileSync(join(out, file), 'utf8'), { bom: true, relax_column_count: false });
}

try {
  const control = openInCalc('control', toCsv([formulas.slice(0, 1).concat(formulas[6])], { bom: true }).replace(/'/g, ''));
  const ran = control[0][0] === '2' && control[0][1] === 'click';
  const rows = openInCalc('mentorkit', recordsToCsv(template, records, { rows: 'item' }));
  const problems = [];
  texts.forEach((text, i) => {
    const row = rows[i + 1];
    if (row.length !== 15) problems.push(`row ${i + 1}: ${row.length} cells`);
    // A value shows as typed; a neutralised one keeps its apostrophe in front; a CRLF inside a cell reads as LF.
    const expected = text
      .replace(/\r\n?/g, '\n')
      .replace(/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
    for (const cell of [5, 6, 14]) {
      const shown = row[cell].replace(/\r\n?/g, '\n');
      if (shown !== expected && shown !== `'${expected}`)
        problems.push(`row ${i + 1} cell ${cell}: ${JSON.stringify(shown).slice(0, 80)} for ${JSON.stringify(text).slice(0, 80)}`);
    }
  });
  console.log(
    `control (not neutralised): =1+1 shows ${JSON.stringify(control[0][0])}, =HYPERLINK(…) shows ${JSON.stringify(control[0][1])}: formulas ${ran ? 'run' : 'did NOT run'}`,
  );
  console.log(
    `Mentorkit CSV: ${texts.length} records × 3 text cells; ${problems.length ? problems.length + ' problems' : 'every value in its own cell, shown as text, no formula run'}`,
  );
  for (const problem of problems) console.log(`  ${problem}`);
  console.log(`${ran && !problems.length ? 1 : 0} passed, ${ran && !problems.length ? 0 : 1} failed`);
  process.exitCode = ran && !problems.length ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
