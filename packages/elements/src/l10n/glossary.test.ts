import { expect } from '@open-wc/testing';
import { builtInTemplates } from '@mentorkit/schemas';
import { agreementTerms } from '../agreement/agreement-terms.js';
import { planTerms } from '../development-plan/plan-terms.js';
import { rubricTerms } from '../rag-rubric/rag-rubric-terms.js';
import { glossary } from './glossary.js';
import { terms } from './terms.js';

type LanguageMap = Record<string, string>;
const languages = ['nb', 'fi', 'it', 'nl'] as const;

function isLanguageMap(value: unknown): value is LanguageMap {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof (value as LanguageMap)['en'] === 'string' &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/** Every language map inside a value, with where it is. */
function languageMaps(value: unknown, where: string): [string, LanguageMap][] {
  if (isLanguageMap(value)) return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => languageMaps(item, `${where}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => languageMaps(item, `${where}/${key}`));
  return [];
}

const uiMaps = [
  ...languageMaps(terms, 'terms'),
  ...languageMaps(agreementTerms, 'agreementTerms'),
  ...languageMaps(planTerms, 'planTerms'),
  ...languageMaps(rubricTerms, 'rubricTerms'),
];
const templateMaps = Object.entries(builtInTemplates).flatMap(([id, template]) => languageMaps(template, id));

/** Where a translation of a text that uses a glossary term does not use the language's term. */
function inconsistencies(maps: [string, LanguageMap][]): string[] {
  const found: string[] = [];
  for (const [where, map] of maps) {
    for (const [name, entry] of Object.entries(glossary)) {
      if (!entry.en.test(map['en']!)) continue;
      for (const lang of languages) {
        const text = map[lang];
        if (text !== undefined && !entry.terms[lang].stem.test(text))
          found.push(`${where} (${lang}): "${map['en']}" → "${text}" does not use ${name} = ${entry.terms[lang].term}`);
      }
    }
  }
  return found;
}

describe('glossary', () => {
  it('gives every term in every language', () => {
    for (const [name, entry] of Object.entries(glossary))
      for (const lang of languages) expect(entry.terms[lang].stem.test(entry.terms[lang].term), `${name} ${lang}`).to.equal(true);
  });

  it('is used by the elements’ own text: the same English term always translates the same way', () => {
    expect(uiMaps.length).to.be.greaterThan(100);
    expect(inconsistencies(uiMaps)).to.deep.equal([]);
  });

  it('is used by every built-in template’s text', () => {
    expect(templateMaps.length).to.be.greaterThan(400);
    expect(inconsistencies(templateMaps)).to.deep.equal([]);
  });

  it('is the table docs/localisation.md shows', async () => {
    const doc = await (await fetch('/docs/localisation.md')).text();
    const rows = [...doc.matchAll(/^\| ([a-z ]+?) +\| (.+?) +\| (.+?) +\| (.+?) +\| (.+?) +\|$/gm)].filter(([, en]) => en !== 'English');
    expect(rows.length).to.be.greaterThan(10);
    for (const [, en, nb, fi, it, nl] of rows) {
      const entry = glossary[en!.replace(/ (\w)/g, (_, c: string) => c.toUpperCase())];
      expect(entry, en).to.exist;
      expect([nb, fi, it, nl], en).to.deep.equal(languages.map((lang) => entry!.terms[lang].term));
    }
  });

  it('finds a translation that does not use the term', () => {
    const wrong: [string, LanguageMap][] = [
      ['example', { en: 'Name of Mentor', nb: 'Navn på veileder', fi: 'Mentorin nimi', it: 'Nome del mentor', nl: 'Naam van de mentor' }],
    ];
    expect(inconsistencies(wrong)).to.deep.equal(['example (nb): "Name of Mentor" → "Navn på veileder" does not use mentor = mentor']);
  });
});
