import type { Translation } from './translation.js';

export const nb: Translation = {
  $code: 'nb',
  $name: 'Norsk bokmål',
  $dateLetters: { day: 'dd', month: 'mm', year: 'åååå', hour: 'tt', minute: 'mm' },
  required: 'obligatorisk',
  optional: 'valgfritt',
  valueMissing: 'Fyll ut dette feltet.',
  tooShort: ({ min }) => `Bruk minst ${min} tegn.`,
  tooLong: ({ max }) => `Bruk høyst ${max} tegn.`,
  patternMismatch: 'Bruk formatet som kreves.',
  rangeUnderflow: ({ min }) => (typeof min === 'string' ? `Bruk ${min} eller senere.` : `Verdien må være ${min} eller mer.`),
  rangeOverflow: ({ max }) => (typeof max === 'string' ? `Bruk ${max} eller tidligere.` : `Verdien må være ${max} eller mindre.`),
  aboveMinimum: ({ min }) => `Verdien må være større enn ${min}.`,
  belowMaximum: ({ max }) => `Verdien må være mindre enn ${max}.`,
  stepMismatch: 'Skriv inn et heltall.',
  notMultipleOf: ({ step }) => `Verdien må være et multiplum av ${step}.`,
  badInput: 'Skriv inn en gyldig verdi.',
  typeMismatch: ({ format, pattern }) => {
    switch (format) {
      case 'email':
        return 'Skriv inn en e-postadresse, for eksempel navn@skole.no.';
      case 'uri':
        return 'Skriv inn en nettadresse, for eksempel https://example.org.';
      case 'date':
        return pattern ? `Skriv inn en gyldig dato som ${pattern}.` : 'Skriv inn en gyldig dato.';
      case 'time':
        return pattern ? `Skriv inn et klokkeslett som ${pattern}.` : 'Skriv inn et gyldig klokkeslett.';
      case 'date-time':
        return pattern ? `Skriv inn dato og klokkeslett som ${pattern}.` : 'Skriv inn gyldig dato og klokkeslett.';
      case 'duration':
        return 'Skriv inn en varighet, for eksempel P3M for 3 måneder.';
      default:
        return 'Bruk formatet som kreves.';
    }
  },
  tooFewItems: ({ min }) => `Legg til minst ${min} ${min === 1 ? 'element' : 'elementer'}.`,
  tooManyItems: ({ max }) => `Bruk høyst ${max} ${max === 1 ? 'element' : 'elementer'}.`,
  duplicateItems: 'Hvert element må være forskjellig.',
  tooFewEntries: ({ min }) => `Fyll ut minst ${min} ${min === 1 ? 'oppføring' : 'oppføringer'}.`,
  tooManyEntries: ({ max }) => `Bruk høyst ${max} ${max === 1 ? 'oppføring' : 'oppføringer'}.`,
  containsCount: ({ min, max }) => {
    const items = (n: number) => `${n} ${n === 1 ? 'element' : 'elementer'}`;
    if (max === undefined) return `Listen må ha minst ${items(min)} av typen den ber om.`;
    return min === max
      ? `Listen må ha nøyaktig ${items(min)} av typen den ber om.`
      : `Listen må ha ${min} til ${max} elementer av typen den ber om.`;
  },
  notAllowed: 'Velg et av alternativene i listen.',
  notConst: ({ allowed }) => {
    const [value] = allowed;
    if (value === true) return 'Kryss av i denne boksen.';
    if (value === false) return 'La denne boksen være uten kryss.';
    return typeof value === 'string' || typeof value === 'number' ? `Bruk «${value}» her.` : 'Bruk verdien skjemaet ber om.';
  },
  excluded: 'Denne verdien er ikke tillatt her.',
  notExpected: ({ name }) => `Posten inneholder «${name}», som ikke finnes i dette skjemaet.`,
  notCheckedYet: 'Posten blir fortsatt kontrollert. Prøv igjen om et øyeblikk.',
  nameNotAllowed: ({ propertyName }) => `Navnet «${propertyName}» er ikke tillatt her.`,
  unknownLevel: 'Velg et av nivåene på skalaen.',
  unknownItem: 'Dette viser til noe malen ikke har.',
  duplicateId: 'Hver id må være forskjellig.',
  templateMismatch: 'Dokumentet er laget fra en annen mal.',
  dateFormatHint: ({ pattern, example }) => `Format ${pattern}, for eksempel ${example}`,
  invalid: 'Denne verdien er ikke gyldig.',
  validatorFailed: 'Opplysningene kunne ikke kontrolleres, så de kan ikke sendes. Prøv igjen senere.',
  add: 'Legg til',
  addItem: ({ label }) => `Legg til ${label}`,
  remove: 'Fjern',
  removeItem: ({ label, n }) => `Fjern ${label} ${n}`,
  moveUp: 'Flytt opp',
  moveDown: 'Flytt ned',
  itemLabel: ({ label, n }) => `${label} ${n}`,
  itemMoved: ({ label, n }) => `${label} flyttet til plass ${n}.`,
  itemAdded: ({ label, n }) => `${label} ${n} lagt til.`,
  itemRemoved: ({ label, n }) => `${label} ${n} fjernet.`,
  noItems: 'Ingen elementer ennå.',
  submit: 'Send inn',
  choose: 'Velg …',
  errorSummaryTitle: ({ count }) => `Skjemaet har ${count} ${count === 1 ? 'feil' : 'feil'}`,
  hiddenByAnswer: ({ label }) => `Det står i en del av skjemaet som svaret ditt på «${label}» skjuler.`,
  removeUnexpected: ({ name }) => `Fjern «${name}» fra posten`,
  schemaErrorTitle: 'Skjemaet kan ikke vises',
  schemaErrorAt: ({ where }) => `ved ${where}`,
  draftRestored: ({ time }) => `Utkastet du skrev på, er gjenopprettet (lagret ${time}).`,
  discardDraft: 'Forkast utkastet',
  draftConflict:
    'Dokumentet redigeres i en annen fane eller et annet vindu. Her er det skrivebeskyttet til du fortsetter her, som henter den nyeste teksten.',
  takeOverDraft: 'Fortsett redigeringen her',
  draftFailed: ({ cause }) =>
    ({
      full: `Nettleseren kunne ikke lagre et utkast: lagringsplassen for dette nettstedet er full. `,
      blocked: `Nettleseren kunne ikke lagre et utkast: den lar ikke dette nettstedet lagre data. `,
      unavailable: `Nettleseren kunne ikke lagre et utkast. `,
    })[cause] + 'Teksten din er fortsatt her: last ned en kopi før du forlater siden.',
  downloadDraft: 'Last ned en kopi',
  draftNewer: ({ time }) => `Siden lastet inn en lagret post mens du hadde et utkast fra ${time}. Utkastet ditt vises.`,
  keepDraft: 'Behold utkastet mitt',
  useLoaded: 'Bruk den lagrede posten',
  entryName: 'Navn',
  addEntry: ({ label }) => `Legg til en oppføring i ${label}`,
  removeEntry: ({ name }) => `Fjern ${name}`,
  keyMissing: 'Gi oppføringen et navn.',
  keyTaken: 'Dette navnet er allerede brukt.',
  keyNotAllowed: 'Dette navnet er ikke tillatt her.',
  invalidJson: 'Dette er ikke gyldig JSON. Teksten din beholdes: rett den, så lagres den.',
  nullValue: 'Tom (null)',
  loading: 'Laster inn …',
  openField: ({ label }) => `Legg til ${label}`,
};
