// Every built-in template in the five languages: each text people read (every place its template schema
// declares as localised text) in en, nb, fi, it and nl, no translation left in English, and each
// translation marked as one in the attribution.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSchemas, loadTemplates, localisedTexts, templateLanguages } from '../bin/lib/template-texts.mjs';

type Text = string | Record<string, string>;
interface Translation {
  lang: string;
  by: string;
  method: string;
  from: string;
}

const schemas = loadSchemas();
const templates = loadTemplates() as unknown as {
  file: string;
  template: { id: string; lang: string; attribution: { translations?: Translation[] } };
}[];
const translated = templateLanguages.filter((lang) => lang !== 'en');

/** Names of methods, tools, programmes and frameworks: proper names, written as their owners write them. */
const names = [
  'Framework for Mainstreaming Change',
  'Share, Teach, Evidence, Plan, Support',
  'Inquiry Practice Method',
  'Innovative Digital School',
  'Future School',
  'Digital Mirror',
  'Schools Direct',
  'School Direct',
  'Teaching School',
  'IRIS Connect',
];
/** Texts that are the same in every language: names, acronyms and loanwords the languages use as they are. */
const sameInEveryLanguage = new Set(['OPEKA', 'Coaching', 'Co-coaching', 'Checklist']);
/** Words a language writes exactly as English does. */
const sameWords: Record<string, Set<string>> = { nl: new Set(['Context', 'School']) };
/** English words that are not words of nb, fi, it or nl: one of them in a translation is English left behind. */
const englishOnly = /\b(the|and|with|which|what|should|this|that|from|have|your|been|their)\b/i;

/** What is wrong with one localised text: missing languages, and English left in a translation. */
function problemsOf(text: Text): string[] {
  if (typeof text === 'string') return ['a plain string, not a language map'];
  const problems: string[] = [];
  for (const lang of templateLanguages) if (typeof text[lang] !== 'string' || !text[lang]!.trim()) problems.push(`no ${lang}`);
  for (const lang of Object.keys(text)) if (!templateLanguages.includes(lang)) problems.push(`unexpected language ${lang}`);
  const english = text['en'] ?? '';
  for (const lang of translated) {
    const translation = text[lang];
    if (!translation) continue;
    if (translation === english && !sameInEveryLanguage.has(english) && !sameWords[lang]?.has(english))
      problems.push(`${lang} is the English text`);
    const withoutNames = names.reduce((rest, name) => rest.split(name).join(''), translation);
    const left = englishOnly.exec(withoutNames);
    if (left) problems.push(`${lang} has English left: "${left[0]}" in "${translation}"`);
  }
  return problems;
}

describe('built-in templates in five languages', () => {
  it('finds every localised text of every template (the schema says where they are)', () => {
    const counts = templates.map(({ template }) => localisedTexts(template, schemas).length);
    assert.equal(templates.length, 12);
    assert.ok(
      counts.every((n) => n >= 10),
      String(counts),
    );
    assert.ok(counts.reduce((a, b) => a + b, 0) > 450);
  });

  for (const { file, template } of templates) {
    it(`${template.id}: every text in en, nb, fi, it and nl, none left in English`, () => {
      const problems = localisedTexts(template, schemas).flatMap(({ pointer, text }) =>
        problemsOf(text as Text).map((problem) => `${file}${pointer}: ${problem}`),
      );
      assert.deepEqual(problems, []);
    });

    it(`${template.id}: marks each translation in its attribution (who, how, from which text)`, () => {
      assert.equal(template.lang, 'en', 'English is the source text');
      const marked = template.attribution.translations ?? [];
      assert.deepEqual(
        marked.map((t) => t.lang),
        translated,
      );
      for (const t of marked) {
        assert.equal(t.by, 'Mentorkit team');
        assert.equal(t.method, 'machine-assisted');
        assert.match(t.from, /English text/);
      }
    });
  }

  it('the Finnish peer-group agreement uses the model’s own Finnish terms, and says where they come from', () => {
    const peer = templates.find(({ template }) => template.id === 'peer-group-agreement')!.template as unknown as {
      title: Record<string, string>;
      attribution: { translations: (Translation & { terms: string })[] };
    };
    assert.match(peer.title['fi']!, /^Vertaisryhmämentoroinnin/);
    assert.match(peer.attribution.translations.find((t) => t.lang === 'fi')!.terms, /vertaisryhmämentorointi.*Osaava Verme/);
  });

  it('reports a missing language, an untranslated text and English left in a translation', () => {
    assert.deepEqual(problemsOf('Observer'), ['a plain string, not a language map']);
    assert.deepEqual(problemsOf({ en: 'Observer', nb: 'Observatør', fi: 'Havainnoija', it: 'Osservatore' }), ['no nl']);
    assert.deepEqual(
      problemsOf({ en: 'Name of Mentor', nb: 'Name of Mentor', fi: 'Mentorin nimi', it: 'Nome del mentor', nl: 'Naam van de mentor' }),
      ['nb is the English text'],
    );
    assert.deepEqual(
      problemsOf({ en: 'Rate the school', nb: 'Vurder skolen', fi: 'Arvioi koulu', it: 'Valuta la scuola', nl: 'Beoordeel the school' }),
      ['nl has English left: "the" in "Beoordeel the school"'],
    );
  });
});
