import type { Translation } from './translation.js';

export const nl: Translation = {
  $code: 'nl',
  $name: 'Nederlands',
  $dateLetters: { day: 'dd', month: 'mm', year: 'jjjj', hour: 'uu', minute: 'mm' },
  required: 'verplicht',
  optional: 'optioneel',
  valueMissing: 'Vul dit veld in.',
  tooShort: ({ min }) => `Gebruik minstens ${min} ${min === 1 ? 'teken' : 'tekens'}.`,
  tooLong: ({ max }) => `Gebruik hoogstens ${max} ${max === 1 ? 'teken' : 'tekens'}.`,
  patternMismatch: 'Gebruik de gevraagde notatie.',
  rangeUnderflow: ({ min }) => (typeof min === 'string' ? `Gebruik ${min} of later.` : `De waarde moet ${min} of meer zijn.`),
  rangeOverflow: ({ max }) => (typeof max === 'string' ? `Gebruik ${max} of eerder.` : `De waarde moet ${max} of minder zijn.`),
  aboveMinimum: ({ min }) => `De waarde moet groter zijn dan ${min}.`,
  belowMaximum: ({ max }) => `De waarde moet kleiner zijn dan ${max}.`,
  stepMismatch: 'Vul een geheel getal in.',
  notMultipleOf: ({ step }) => `De waarde moet een veelvoud van ${step} zijn.`,
  badInput: 'Vul een geldige waarde in.',
  typeMismatch: ({ format, pattern }) => {
    switch (format) {
      case 'email':
        return 'Vul een e-mailadres in, bijvoorbeeld naam@school.nl.';
      case 'uri':
        return 'Vul een webadres in, bijvoorbeeld https://example.org.';
      case 'date':
        return pattern ? `Vul een geldige datum in als ${pattern}.` : 'Vul een geldige datum in.';
      case 'time':
        return pattern ? `Vul een tijd in als ${pattern}.` : 'Vul een geldige tijd in.';
      case 'date-time':
        return pattern ? `Vul een datum en tijd in als ${pattern}.` : 'Vul een geldige datum en tijd in.';
      case 'duration':
        return 'Vul een duur in, bijvoorbeeld P3M voor 3 maanden.';
      default:
        return 'Gebruik de gevraagde notatie.';
    }
  },
  tooFewItems: ({ min }) => `Voeg minstens ${min} ${min === 1 ? 'item' : 'items'} toe.`,
  tooManyItems: ({ max }) => `Hoogstens ${max} ${max === 1 ? 'item' : 'items'}.`,
  duplicateItems: 'Elk item moet verschillend zijn.',
  tooFewEntries: ({ min }) => `Vul minstens ${min} ${min === 1 ? 'item' : 'items'} in.`,
  tooManyEntries: ({ max }) => `Hoogstens ${max} ${max === 1 ? 'item' : 'items'}.`,
  containsCount: ({ min, max }) => {
    const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;
    if (max === undefined) return `De lijst moet minstens ${items(min)} van de gevraagde soort hebben.`;
    return min === max
      ? `De lijst moet precies ${items(min)} van de gevraagde soort hebben.`
      : `De lijst moet ${min} tot ${max} items van de gevraagde soort hebben.`;
  },
  notAllowed: 'Kies een van de opties uit de lijst.',
  notConst: ({ allowed }) => {
    const [value] = allowed;
    if (value === true) return 'Vink dit vakje aan.';
    if (value === false) return 'Laat dit vakje leeg.';
    return typeof value === 'string' || typeof value === 'number'
      ? `Gebruik hier “${value}”.`
      : 'Gebruik de waarde die het formulier vraagt.';
  },
  excluded: 'Deze waarde is hier niet toegestaan.',
  notExpected: ({ name }) => `Dit record bevat “${name}”, dat dit formulier niet kent.`,
  notCheckedYet: 'Dit record wordt nog gecontroleerd. Probeer het zo opnieuw.',
  nameNotAllowed: ({ propertyName }) => `De naam “${propertyName}” is hier niet toegestaan.`,
  unknownLevel: 'Kies een van de niveaus van de schaal.',
  unknownItem: 'Dit verwijst naar iets wat het sjabloon niet heeft.',
  duplicateId: 'Elke id moet verschillend zijn.',
  templateMismatch: 'Dit document is gemaakt met een ander sjabloon.',
  dateFormatHint: ({ pattern, example }) => `Notatie ${pattern}, bijvoorbeeld ${example}`,
  invalid: 'Deze waarde is niet geldig.',
  validatorFailed: 'De gegevens konden niet worden gecontroleerd en kunnen dus niet worden verzonden. Probeer het later opnieuw.',
  add: 'Toevoegen',
  addItem: ({ label }) => `${label} toevoegen`,
  remove: 'Verwijderen',
  removeItem: ({ label, n }) => `${label} ${n} verwijderen`,
  moveUp: 'Omhoog',
  moveDown: 'Omlaag',
  itemLabel: ({ label, n }) => `${label} ${n}`,
  itemMoved: ({ label, n }) => `${label} verplaatst naar positie ${n}.`,
  itemAdded: ({ label, n }) => `${label} ${n} toegevoegd.`,
  itemRemoved: ({ label, n }) => `${label} ${n} verwijderd.`,
  noItems: 'Nog geen items.',
  submit: 'Versturen',
  choose: 'Kies…',
  errorSummaryTitle: ({ count }) => `Het formulier bevat ${count} ${count === 1 ? 'fout' : 'fouten'}`,
  hiddenByAnswer: ({ label }) => `Het staat in een deel van het formulier dat je antwoord op “${label}” verbergt.`,
  removeUnexpected: ({ name }) => `Verwijder “${name}” uit het record`,
  schemaErrorTitle: 'Dit formulier kan niet worden getoond',
  schemaErrorAt: ({ where }) => `bij ${where}`,
  draftRestored: ({ time }) => `Het concept waaraan je werkte is hersteld (opgeslagen ${time}).`,
  discardDraft: 'Concept verwijderen',
  draftConflict:
    'Dit document wordt in een ander tabblad of venster bewerkt. Hier is het alleen-lezen tot je hier verdergaat; dan wordt de nieuwste tekst geladen.',
  takeOverDraft: 'Hier verder bewerken',
  draftFailed: ({ cause }) =>
    ({
      full: `Deze browser kon geen concept bewaren: de opslag voor deze site is vol. `,
      blocked: `Deze browser kon geen concept bewaren: hij staat deze site niet toe gegevens op te slaan. `,
      unavailable: `Deze browser kon geen concept bewaren. `,
    })[cause] + 'Je tekst staat er nog: download een kopie voordat je de pagina verlaat.',
  downloadDraft: 'Download een kopie',
  draftNewer: ({ time }) => `De pagina laadde een opgeslagen record terwijl je een concept van ${time} had. Je concept wordt getoond.`,
  keepDraft: 'Mijn concept houden',
  useLoaded: 'Het opgeslagen record gebruiken',
  entryName: 'Naam',
  addEntry: ({ label }) => `Voeg een item toe aan ${label}`,
  removeEntry: ({ name }) => `Verwijder ${name}`,
  keyMissing: 'Geef het item een naam.',
  keyTaken: 'Deze naam wordt al gebruikt.',
  keyNotAllowed: 'Deze naam is hier niet toegestaan.',
  invalidJson: 'Dit is geen geldige JSON. Je tekst blijft bewaard: verbeter hem en hij wordt opgeslagen.',
  nullValue: 'Leeg (null)',
  loading: 'Bezig met laden…',
  openField: ({ label }) => `Voeg ${label} toe`,
};
