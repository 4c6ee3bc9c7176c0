import { localise, type LocalisedText } from '@mentorkit/core';

/**
 * Text the document elements add around template text (section titles, column names), as language
 * maps: the engine renders them in the element's `lang` like any template text.
 */
export const terms = {
  writtenBy: { en: 'Written by', nb: 'Skrevet av', fi: 'Kirjoittanut', it: 'Scritto da', nl: 'Geschreven door' },
  writtenOn: { en: 'Written on', nb: 'Skrevet', fi: 'Kirjoitettu', it: 'Scritto il', nl: 'Geschreven op' },
  authors: { en: 'Authors', nb: 'Forfattere', fi: 'Tekijät', it: 'Autori', nl: 'Auteurs' },
  adaptedFrom: { en: 'Adapted from', nb: 'Tilpasset fra', fi: 'Muokattu pohjasta', it: 'Adattato da', nl: 'Aangepast van' },
  licence: { en: 'Licence', nb: 'Lisens', fi: 'Lisenssi', it: 'Licenza', nl: 'Licentie' },
  information: { en: 'Information', nb: 'Informasjon', fi: 'Tiedot', it: 'Informazioni', nl: 'Gegevens' },
  observationPoints: {
    en: 'Observation points',
    nb: 'Observasjonspunkter',
    fi: 'Havainnointikohteet',
    it: 'Punti di osservazione',
    nl: 'Observatiepunten',
  },
  notes: { en: 'Notes', nb: 'Notater', fi: 'Muistiinpanot', it: 'Note', nl: 'Notities' },
  notesOn: { en: 'Notes on', nb: 'Notater om', fi: 'Muistiinpanot:', it: 'Note su', nl: 'Notities bij' },
  comments: { en: 'Comments', nb: 'Kommentarer', fi: 'Kommentit', it: 'Commenti', nl: 'Opmerkingen' },
  feedback: { en: 'Feedback', nb: 'Tilbakemelding', fi: 'Palaute', it: 'Feedback', nl: 'Feedback' },
  reflection: {
    en: 'Reflection on the feedback',
    nb: 'Refleksjon over tilbakemeldingen',
    fi: 'Pohdinta palautteesta',
    it: 'Riflessione sul feedback',
    nl: 'Reflectie op de feedback',
  },
  actionPlan: { en: 'Action plan', nb: 'Handlingsplan', fi: 'Toimintasuunnitelma', it: 'Piano d’azione', nl: 'Actieplan' },
  step: { en: 'Step', nb: 'Steg', fi: 'Vaihe', it: 'Passo', nl: 'Stap' },
  stepForImprovement: {
    en: 'Step for improvement',
    nb: 'Steg for forbedring',
    fi: 'Kehittämisaskel',
    it: 'Passo di miglioramento',
    nl: 'Verbeterstap',
  },
  resources: { en: 'Helpful resources', nb: 'Nyttige ressurser', fi: 'Hyödylliset resurssit', it: 'Risorse utili', nl: 'Nuttige bronnen' },
  when: { en: 'When', nb: 'Når', fi: 'Milloin', it: 'Quando', nl: 'Wanneer' },
  owner: { en: 'Owner', nb: 'Ansvarlig', fi: 'Vastuuhenkilö', it: 'Responsabile', nl: 'Eigenaar' },
  done: { en: 'Done', nb: 'Utført', fi: 'Tehty', it: 'Fatto', nl: 'Gedaan' },
  rating: { en: 'Rating', nb: 'Vurdering', fi: 'Arvio', it: 'Valutazione', nl: 'Beoordeling' },
  notRated: { en: 'Not rated', nb: 'Ikke vurdert', fi: 'Ei arvioitu', it: 'Non valutato', nl: 'Niet beoordeeld' },
  summary: { en: 'Summary', nb: 'Sammendrag', fi: 'Yhteenveto', it: 'Riepilogo', nl: 'Samenvatting' },
  successCriterion: {
    en: 'Success criterion',
    nb: 'Suksesskriterium',
    fi: 'Onnistumisen kriteeri',
    it: 'Criterio di successo',
    nl: 'Succescriterium',
  },
  pointTitle: { en: 'Point', nb: 'Punkt', fi: 'Kohde', it: 'Punto', nl: 'Punt' },
  editPoints: {
    en: 'Observation points (before the observation)',
    nb: 'Observasjonspunkter (før observasjonen)',
    fi: 'Havainnointikohteet (ennen havainnointia)',
    it: 'Punti di osservazione (prima dell’osservazione)',
    nl: 'Observatiepunten (vóór de observatie)',
  },
  editPointsHelp: {
    en: 'Each point must be clear, measurable and relevant to the purpose of the observation.',
    nb: 'Hvert punkt må være tydelig, målbart og relevant for formålet med observasjonen.',
    fi: 'Jokaisen kohteen on oltava selkeä, mitattava ja havainnoinnin tarkoituksen kannalta olennainen.',
    it: 'Ogni punto deve essere chiaro, misurabile e pertinente allo scopo dell’osservazione.',
    nl: 'Elk punt moet duidelijk, meetbaar en relevant zijn voor het doel van de observatie.',
  },
  name: { en: 'Name', nb: 'Navn', fi: 'Nimi', it: 'Nome', nl: 'Naam' },
  untranslated: {
    en: 'This form has no text in {language}: its text is shown in {fallback}.',
    nb: 'Dette skjemaet har ingen tekst på {language}: teksten vises på {fallback}.',
    fi: 'Tässä lomakkeessa ei ole tekstiä kielellä {language}: teksti näytetään kielellä {fallback}.',
    it: 'Questo modulo non ha testo in {language}: il testo è mostrato in {fallback}.',
    nl: 'Dit formulier heeft geen tekst in het {language}: de tekst wordt getoond in het {fallback}.',
  },
} satisfies Record<string, LocalisedText>;

/** A term joined with template text, in every language the term has: `Notes on` + `Clear goal`. */
export function joined(term: Record<string, string>, text: LocalisedText): LocalisedText {
  if (typeof text === 'string') return Object.fromEntries(Object.entries(term).map(([lang, t]) => [lang, `${t} ${text}`]));
  return Object.fromEntries(Object.entries(term).map(([lang, t]) => [lang, `${t} ${localise(text, lang)}`]));
}
