import type { Translation } from './translation.js';

export const it: Translation = {
  $code: 'it',
  $name: 'Italiano',
  $dateLetters: { day: 'gg', month: 'mm', year: 'aaaa', hour: 'hh', minute: 'mm' },
  required: 'obbligatorio',
  optional: 'facoltativo',
  valueMissing: 'Compila questo campo.',
  tooShort: ({ min }) => `Usa almeno ${min} ${min === 1 ? 'carattere' : 'caratteri'}.`,
  tooLong: ({ max }) => `Usa al massimo ${max} ${max === 1 ? 'carattere' : 'caratteri'}.`,
  patternMismatch: 'Rispetta il formato richiesto.',
  rangeUnderflow: ({ min }) =>
    typeof min === 'string' ? `Il valore deve essere ${min} o successivo.` : `Il valore deve essere ${min} o superiore.`,
  rangeOverflow: ({ max }) =>
    typeof max === 'string' ? `Il valore deve essere ${max} o precedente.` : `Il valore deve essere ${max} o inferiore.`,
  aboveMinimum: ({ min }) => `Il valore deve essere maggiore di ${min}.`,
  belowMaximum: ({ max }) => `Il valore deve essere minore di ${max}.`,
  stepMismatch: 'Inserisci un numero intero.',
  notMultipleOf: ({ step }) => `Il valore deve essere un multiplo di ${step}.`,
  badInput: 'Inserisci un valore valido.',
  typeMismatch: ({ format, pattern }) => {
    switch (format) {
      case 'email':
        return 'Inserisci un indirizzo email, per esempio nome@scuola.it.';
      case 'uri':
        return 'Inserisci un indirizzo web, per esempio https://example.org.';
      case 'date':
        return pattern ? `Inserisci una data valida nel formato ${pattern}.` : 'Inserisci una data valida.';
      case 'time':
        return pattern ? `Inserisci un orario nel formato ${pattern}.` : 'Inserisci un orario valido.';
      case 'date-time':
        return pattern ? `Inserisci data e ora nel formato ${pattern}.` : 'Inserisci data e ora valide.';
      case 'duration':
        return 'Inserisci una durata, per esempio P3M per 3 mesi.';
      default:
        return 'Usa il formato richiesto.';
    }
  },
  tooFewItems: ({ min }) => `Aggiungi almeno ${min} ${min === 1 ? 'elemento' : 'elementi'}.`,
  tooManyItems: ({ max }) => `Al massimo ${max} ${max === 1 ? 'elemento' : 'elementi'}.`,
  duplicateItems: 'Ogni elemento deve essere diverso.',
  tooFewEntries: ({ min }) => `Compila almeno ${min} ${min === 1 ? 'voce' : 'voci'}.`,
  tooManyEntries: ({ max }) => `Al massimo ${max} ${max === 1 ? 'voce' : 'voci'}.`,
  containsCount: ({ min, max }) => {
    const items = (n: number) => `${n} ${n === 1 ? 'elemento' : 'elementi'}`;
    if (max === undefined) return `L'elenco deve avere almeno ${items(min)} del tipo richiesto.`;
    return min === max
      ? `L'elenco deve avere esattamente ${items(min)} del tipo richiesto.`
      : `L'elenco deve avere da ${min} a ${max} elementi del tipo richiesto.`;
  },
  notAllowed: "Scegli una delle opzioni dell'elenco.",
  notConst: ({ allowed }) => {
    const [value] = allowed;
    if (value === true) return 'Seleziona questa casella.';
    if (value === false) return 'Lascia questa casella non selezionata.';
    return typeof value === 'string' || typeof value === 'number' ? `Usa «${value}» qui.` : 'Usa il valore richiesto dal modulo.';
  },
  excluded: 'Questo valore non è consentito qui.',
  notExpected: ({ name }) => `Il record contiene «${name}», che questo modulo non prevede.`,
  notCheckedYet: 'Il record è ancora in fase di verifica. Riprova tra un momento.',
  nameNotAllowed: ({ propertyName }) => `Il nome «${propertyName}» non è consentito qui.`,
  unknownLevel: 'Scegli uno dei livelli della scala.',
  unknownItem: 'Questo rimanda a qualcosa che il modello non contiene.',
  duplicateId: 'Ogni identificativo deve essere diverso.',
  templateMismatch: 'Questo documento è stato creato da un altro modello.',
  dateFormatHint: ({ pattern, example }) => `Formato ${pattern}, per esempio ${example}`,
  invalid: 'Questo valore non è valido.',
  validatorFailed: 'Non è stato possibile controllare i dati, quindi non possono essere inviati. Riprova più tardi.',
  add: 'Aggiungi',
  addItem: ({ label }) => `Aggiungi ${label}`,
  remove: 'Rimuovi',
  removeItem: ({ label, n }) => `Rimuovi ${label} ${n}`,
  moveUp: 'Sposta su',
  moveDown: 'Sposta giù',
  itemLabel: ({ label, n }) => `${label} ${n}`,
  itemMoved: ({ label, n }) => `${label} spostato in posizione ${n}.`,
  itemAdded: ({ label, n }) => `${label} ${n} aggiunto.`,
  itemRemoved: ({ label, n }) => `${label} ${n} rimosso.`,
  noItems: 'Nessun elemento.',
  submit: 'Invia',
  choose: 'Scegli…',
  errorSummaryTitle: ({ count }) => `Il modulo contiene ${count} ${count === 1 ? 'errore' : 'errori'}`,
  hiddenByAnswer: ({ label }) => `Si trova in una parte del modulo che la tua risposta a «${label}» nasconde.`,
  removeUnexpected: ({ name }) => `Rimuovi «${name}» dal record`,
  schemaErrorTitle: 'Impossibile mostrare il modulo',
  schemaErrorAt: ({ where }) => `in ${where}`,
  draftRestored: ({ time }) => `Ripristinata la bozza che stavi scrivendo (salvata ${time}).`,
  discardDraft: 'Scarta la bozza',
  draftConflict:
    "Questo documento è in modifica in un'altra scheda o finestra. Qui è di sola lettura finché non continui qui, caricando il testo più recente.",
  takeOverDraft: 'Continua a modificare qui',
  draftFailed: ({ cause }) =>
    ({
      full: `Questo browser non ha potuto salvare una bozza: lo spazio di archiviazione per questo sito è pieno. `,
      blocked: `Questo browser non ha potuto salvare una bozza: non consente a questo sito di salvare dati. `,
      unavailable: `Questo browser non ha potuto salvare una bozza. `,
    })[cause] + 'Il testo è ancora qui: scaricane una copia prima di lasciare la pagina.',
  downloadDraft: 'Scarica una copia',
  draftNewer: ({ time }) => `La pagina ha caricato un record salvato mentre avevi una bozza del ${time}. È mostrata la tua bozza.`,
  keepDraft: 'Mantieni la mia bozza',
  useLoaded: 'Usa il record salvato',
  entryName: 'Nome',
  addEntry: ({ label }) => `Aggiungi una voce a ${label}`,
  removeEntry: ({ name }) => `Rimuovi ${name}`,
  keyMissing: 'Dai un nome alla voce.',
  keyTaken: 'Questo nome è già usato.',
  keyNotAllowed: 'Questo nome non è consentito qui.',
  invalidJson: 'Questo non è JSON valido. Il testo resta: correggilo e verrà salvato.',
  nullValue: 'Vuoto (null)',
  loading: 'Caricamento…',
  openField: ({ label }) => `Aggiungi ${label}`,
};
