// The built-in templates' text by language: English inline, every other language a module merged on demand.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkSeals, createSignature, getTemplate, sameTemplate, type Signature } from '../src/index.js';
import { agreementTemplates } from '../src/kinds/agreement-templates.js';
import { observationTemplates } from '../src/kinds/observation-templates.js';
import { rubricTemplates } from '../src/kinds/rubric-templates.js';
import { planTemplates } from '../src/kinds/plan-templates.js';
import { loadTemplateLanguages, loadTemplateText, templateLanguages, templateTextVersion } from '../src/template-text.js';
import { englishMaps } from '../src/template-text-maps.mjs';
import { readJson, schemasDir } from './support.js';

const lazy = { ...observationTemplates, ...agreementTemplates, ...rubricTemplates, ...planTemplates } as Record<string, object>;

describe('built-in templates, text by language', () => {
  it('carry English only until a language is asked for', () => {
    const template = lazy['mensi-steps-plan']!;
    const maps = englishMaps(template);
    assert.ok(maps.length > 10, `${maps.length} texts`);
    assert.ok(
      maps.every((map) => Object.keys(map).join() === 'en'),
      'English only',
    );
    assert.deepEqual(templateLanguages(template), ['en', 'fi', 'it', 'nb', 'nl']);
  });

  it('have nothing to wait for in English, in a language they lack, or for a template that is not built-in', () => {
    const template = lazy['respond-observation']!;
    for (const lang of [undefined, 'en', 'en-GB', 'sv']) assert.equal(loadTemplateText(template, lang), undefined, String(lang));
    assert.equal(loadTemplateText(structuredClone(getTemplate('respond-observation')), 'nb'), undefined, 'a copy is not built-in');
  });

  it('merge a language into the same objects, once, as getTemplate has it', async () => {
    const template = lazy['peer-group-agreement']!;
    const version = templateTextVersion(template);
    const loading = loadTemplateText(template, 'nb-NO');
    assert.ok(loading instanceof Promise);
    assert.equal(loadTemplateText(template, 'nb'), loading, 'one load per language');
    await loading;
    assert.equal(loadTemplateText(template, 'nb'), undefined);
    assert.equal(templateTextVersion(template), version + 1);
    const full = englishMaps(getTemplate('peer-group-agreement'));
    englishMaps(template).forEach((map, i) => assert.deepEqual(map, { en: full[i]!.en, nb: full[i]!.nb }));
  });
});

describe('sealing with text that loads on demand', () => {
  it('checks a signature made in Finnish against the English-only template by loading Finnish first', async () => {
    const record = readJson<Record<string, unknown>>(join(schemasDir, 'examples/valid/school-to-school-agreement.record.json'));
    delete record['signatures'];
    const signature: Signature = await createSignature({
      record,
      template: getTemplate('school-to-school-agreement'),
      role: 'mentor',
      signer: { name: 'Aino Virtanen' },
      method: 'typed',
      typedName: 'Aino Virtanen',
      lang: 'fi',
    });
    const signed = { ...record, signatures: [signature] };
    const template = lazy['school-to-school-agreement']!;
    assert.ok(
      englishMaps(template).every((map) => !('fi' in map)),
      'Finnish not loaded yet',
    );
    const report = await checkSeals(signed, template);
    assert.deepEqual(report.changes, [], 'nothing changed');
    assert.ok(
      englishMaps(template).some((map) => 'fi' in map),
      'Finnish loaded by the check',
    );
  });

  it('reads a carried copy of a built-in as the built-in, and an edited copy as another template', () => {
    const template = lazy['respond-agreement']!;
    const copy = structuredClone(getTemplate('respond-agreement')) as unknown as Record<string, unknown>;
    assert.ok(sameTemplate(template, copy), 'the same template in all five languages');
    const edited = structuredClone(copy);
    englishMaps(edited)[1]!['nb'] = 'Endret tekst';
    assert.ok(!sameTemplate(template, edited), 'an edit in Norwegian is another template (getTemplate is loaded here, as on a server)');
  });
});

// Last: it loads every language of every built-in template into this process's templates.
describe('built-in templates, every language loaded', () => {
  it('give back every built-in template exactly once all languages are loaded', async () => {
    for (const [id, template] of Object.entries(lazy)) {
      await loadTemplateLanguages(template);
      // Key order aside: a merged language is added after English.
      assert.ok(sameTemplate(getTemplate(id), template), id);
      assert.deepEqual(JSON.parse(JSON.stringify(template)), JSON.parse(JSON.stringify(getTemplate(id))), id);
    }
  });
});
