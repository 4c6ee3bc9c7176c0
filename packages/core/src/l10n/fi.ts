import type { Translation } from './translation.js';

export const fi: Translation = {
  $code: 'fi',
  $name: 'Suomi',
  $dateLetters: { day: 'pp', month: 'kk', year: 'vvvv', hour: 'tt', minute: 'mm' },
  required: 'pakollinen',
  optional: 'valinnainen',
  valueMissing: 'Täytä tämä kenttä.',
  tooShort: ({ min }) => `Käytä vähintään ${min} ${min === 1 ? 'merkki' : 'merkkiä'}.`,
  tooLong: ({ max }) => `Käytä enintään ${max} ${max === 1 ? 'merkki' : 'merkkiä'}.`,
  patternMismatch: 'Käytä pyydettyä muotoa.',
  rangeUnderflow: ({ min }) => (typeof min === 'string' ? `Käytä ajankohtaa ${min} tai myöhempää.` : `Arvon on oltava vähintään ${min}.`),
  rangeOverflow: ({ max }) => (typeof max === 'string' ? `Käytä ajankohtaa ${max} tai aiempaa.` : `Arvon on oltava enintään ${max}.`),
  aboveMinimum: ({ min }) => `Arvon on oltava suurempi kuin ${min}.`,
  belowMaximum: ({ max }) => `Arvon on oltava pienempi kuin ${max}.`,
  stepMismatch: 'Anna kokonaisluku.',
  notMultipleOf: ({ step }) => `Arvon on oltava luvun ${step} monikerta.`,
  badInput: 'Anna kelvollinen arvo.',
  typeMismatch: ({ format, pattern }) => {
    switch (format) {
      case 'email':
        return 'Anna sähköpostiosoite, esimerkiksi nimi@koulu.fi.';
      case 'uri':
        return 'Anna verkko-osoite, esimerkiksi https://example.org.';
      case 'date':
        return pattern ? `Anna päivämäärä muodossa ${pattern}.` : 'Anna kelvollinen päivämäärä.';
      case 'time':
        return pattern ? `Anna kellonaika muodossa ${pattern}.` : 'Anna kelvollinen kellonaika.';
      case 'date-time':
        return pattern ? `Anna päivämäärä ja kellonaika muodossa ${pattern}.` : 'Anna kelvollinen päivämäärä ja kellonaika.';
      case 'duration':
        return 'Anna kesto, esimerkiksi P3M (3 kuukautta).';
      default:
        return 'Käytä pyydettyä muotoa.';
    }
  },
  tooFewItems: ({ min }) => `Lisää vähintään ${min} ${min === 1 ? 'kohta' : 'kohtaa'}.`,
  tooManyItems: ({ max }) => `Enintään ${max} ${max === 1 ? 'kohta' : 'kohtaa'}.`,
  duplicateItems: 'Jokaisen kohdan on oltava erilainen.',
  tooFewEntries: ({ min }) => `Täytä vähintään ${min} ${min === 1 ? 'merkintä' : 'merkintää'}.`,
  tooManyEntries: ({ max }) => `Enintään ${max} ${max === 1 ? 'merkintä' : 'merkintää'}.`,
  containsCount: ({ min, max }) => {
    const items = (n: number) => `${n} ${n === 1 ? 'pyydetynlainen kohta' : 'pyydetynlaista kohtaa'}`;
    if (max === undefined) return `Luettelossa on oltava vähintään ${items(min)}.`;
    return min === max ? `Luettelossa on oltava tasan ${items(min)}.` : `Luettelossa on oltava ${min}–${max} pyydetynlaista kohtaa.`;
  },
  notAllowed: 'Valitse jokin luettelon vaihtoehdoista.',
  notConst: ({ allowed }) => {
    const [value] = allowed;
    if (value === true) return 'Valitse tämä ruutu.';
    if (value === false) return 'Jätä tämä ruutu valitsematta.';
    return typeof value === 'string' || typeof value === 'number' ? `Käytä tässä arvoa ”${value}”.` : 'Käytä lomakkeen pyytämää arvoa.';
  },
  excluded: 'Tämä arvo ei ole sallittu tässä.',
  notExpected: ({ name }) => `Tietueessa on ”${name}”, jota tässä lomakkeessa ei ole.`,
  notCheckedYet: 'Tietuetta tarkistetaan vielä. Yritä hetken kuluttua uudelleen.',
  nameNotAllowed: ({ propertyName }) => `Nimi ”${propertyName}” ei ole sallittu tässä.`,
  unknownLevel: 'Valitse jokin asteikon tasoista.',
  unknownItem: 'Tämä viittaa kohtaan, jota lomakepohjassa ei ole.',
  duplicateId: 'Jokaisen tunnisteen on oltava eri.',
  templateMismatch: 'Tämä asiakirja on tehty toisesta lomakepohjasta.',
  dateFormatHint: ({ pattern, example }) => `Muoto ${pattern}, esimerkiksi ${example}`,
  invalid: 'Arvo ei kelpaa.',
  validatorFailed: 'Tietoja ei voitu tarkistaa, joten niitä ei voi lähettää. Yritä myöhemmin uudelleen.',
  add: 'Lisää',
  addItem: ({ label }) => `Lisää: ${label}`,
  remove: 'Poista',
  removeItem: ({ label, n }) => `Poista ${label} ${n}`,
  moveUp: 'Siirrä ylös',
  moveDown: 'Siirrä alas',
  itemLabel: ({ label, n }) => `${label} ${n}`,
  itemMoved: ({ label, n }) => `${label} siirretty kohtaan ${n}.`,
  itemAdded: ({ label, n }) => `${label} ${n} lisätty.`,
  itemRemoved: ({ label, n }) => `${label} ${n} poistettu.`,
  noItems: 'Ei vielä kohtia.',
  submit: 'Lähetä',
  choose: 'Valitse…',
  errorSummaryTitle: ({ count }) => `Lomakkeessa on ${count} ${count === 1 ? 'virhe' : 'virhettä'}`,
  hiddenByAnswer: ({ label }) => `Se on lomakkeen osassa, jonka vastauksesi kohtaan ”${label}” piilottaa.`,
  removeUnexpected: ({ name }) => `Poista ”${name}” tietueesta`,
  schemaErrorTitle: 'Lomaketta ei voi näyttää',
  schemaErrorAt: ({ where }) => `kohdassa ${where}`,
  draftRestored: ({ time }) => `Keskeneräinen luonnos palautettiin (tallennettu ${time}).`,
  discardDraft: 'Hylkää luonnos',
  draftConflict:
    'Asiakirjaa muokataan toisessa välilehdessä tai ikkunassa. Täällä se on vain luettavissa, kunnes jatkat täällä; silloin uusin teksti ladataan.',
  takeOverDraft: 'Jatka muokkausta täällä',
  draftFailed: ({ cause }) =>
    ({
      full: `Selain ei voinut tallentaa luonnosta: tämän sivuston tallennustila on täynnä. `,
      blocked: `Selain ei voinut tallentaa luonnosta: se ei salli tämän sivuston tallentaa tietoja. `,
      unavailable: `Selain ei voinut tallentaa luonnosta. `,
    })[cause] + 'Tekstisi on yhä tässä: lataa kopio ennen kuin poistut sivulta.',
  downloadDraft: 'Lataa kopio',
  draftNewer: ({ time }) => `Sivu latasi tallennetun tietueen, kun sinulla oli luonnos ajalta ${time}. Luonnoksesi näytetään.`,
  keepDraft: 'Säilytä luonnokseni',
  useLoaded: 'Käytä tallennettua tietuetta',
  entryName: 'Nimi',
  addEntry: ({ label }) => `Lisää merkintä: ${label}`,
  removeEntry: ({ name }) => `Poista ${name}`,
  keyMissing: 'Anna merkinnälle nimi.',
  keyTaken: 'Tämä nimi on jo käytössä.',
  keyNotAllowed: 'Tämä nimi ei ole sallittu tässä.',
  invalidJson: 'Tämä ei ole kelvollista JSONia. Tekstisi säilyy: korjaa se, niin se tallentuu.',
  nullValue: 'Tyhjä (null)',
  loading: 'Ladataan…',
  openField: ({ label }) => `Lisää ${label}`,
};
