import type { LocalisedText } from '@mentorkit/core';

/** Text `<mk-cohort-summary>` shows, as language maps (same shape as `l10n/terms.ts`). */
export const cohortTerms = {
  heatmap: {
    en: 'Ratings by person and criterion',
    nb: 'Vurderinger per person og kriterium',
    fi: 'Arviot henkilöittäin ja kriteereittäin',
    it: 'Valutazioni per persona e criterio',
    nl: 'Beoordelingen per persoon en criterium',
  },
  counts: { en: 'Counts', nb: 'Antall', fi: 'Määrät', it: 'Conteggi', nl: 'Aantallen' },
  overall: { en: 'Overall', nb: 'Totalt', fi: 'Kaikki yhteensä', it: 'Complessivo', nl: 'Totaal' },
  standard: { en: 'Standard', nb: 'Standard', fi: 'Standardi', it: 'Standard', nl: 'Standaard' },
  person: { en: 'Person', nb: 'Person', fi: 'Henkilö', it: 'Persona', nl: 'Persoon' },
  group: { en: 'Group', nb: 'Gruppe', fi: 'Ryhmä', it: 'Gruppo', nl: 'Groep' },
  date: { en: 'Date', nb: 'Dato', fi: 'Päivämäärä', it: 'Data', nl: 'Datum' },
  allGroups: { en: 'All groups', nb: 'Alle grupper', fi: 'Kaikki ryhmät', it: 'Tutti i gruppi', nl: 'Alle groepen' },
  from: { en: 'From', nb: 'Fra', fi: 'Alkaen', it: 'Dal', nl: 'Vanaf' },
  to: { en: 'To', nb: 'Til', fi: 'Asti', it: 'Al', nl: 'Tot en met' },
  level: { en: 'Level', nb: 'Nivå', fi: 'Taso', it: 'Livello', nl: 'Niveau' },
  anyLevel: { en: 'Any level', nb: 'Alle nivåer', fi: 'Mikä tahansa taso', it: 'Qualsiasi livello', nl: 'Elk niveau' },
  notRated: { en: 'Not rated', nb: 'Ikke vurdert', fi: 'Ei arvioitu', it: 'Non valutato', nl: 'Niet beoordeeld' },
  shown: {
    en: '{shown} of {total} records',
    nb: '{shown} av {total} registreringer',
    fi: '{shown}/{total} tietuetta',
    it: '{shown} di {total} documenti',
    nl: '{shown} van {total} records',
  },
  noRecords: {
    en: 'No records match.',
    nb: 'Ingen registreringer passer.',
    fi: 'Yksikään tietue ei täsmää.',
    it: 'Nessun documento corrisponde.',
    nl: 'Geen records gevonden.',
  },
  open: { en: 'Open', nb: 'Åpne', fi: 'Avaa', it: 'Apri', nl: 'Openen' },
  distribution: {
    en: 'Distribution of ratings per point',
    nb: 'Fordeling av vurderinger per punkt',
    fi: 'Arvioiden jakauma kohteittain',
    it: 'Distribuzione delle valutazioni per punto',
    nl: 'Verdeling van beoordelingen per punt',
  },
  point: { en: 'Point', nb: 'Punkt', fi: 'Kohde', it: 'Punto', nl: 'Punt' },
  overTime: {
    en: 'Observations over time',
    nb: 'Observasjoner over tid',
    fi: 'Havainnoinnit ajan mittaan',
    it: 'Osservazioni nel tempo',
    nl: 'Observaties in de tijd',
  },
  teacher: { en: 'Teacher', nb: 'Lærer', fi: 'Opettaja', it: 'Docente', nl: 'Leraar' },
  progress: {
    en: 'Progress per person',
    nb: 'Fremdrift per person',
    fi: 'Eteneminen henkilöittäin',
    it: 'Avanzamento per persona',
    nl: 'Voortgang per persoon',
  },
  stepsDone: { en: 'Steps done', nb: 'Steg utført', fi: 'Vaiheita tehty', it: 'Passi completati', nl: 'Stappen gedaan' },
  actionsOverdue: {
    en: 'Actions overdue',
    nb: 'Tiltak forfalt',
    fi: 'Myöhässä olevat toimet',
    it: 'Azioni scadute',
    nl: 'Acties over tijd',
  },
  reviewsDone: { en: 'Reviews done', nb: 'Gjennomganger utført', fi: 'Arviointeja tehty', it: 'Revisioni fatte', nl: 'Evaluaties gedaan' },
  reviewsOverdue: {
    en: 'Reviews overdue',
    nb: 'Gjennomganger forfalt',
    fi: 'Myöhässä olevat arvioinnit',
    it: 'Revisioni scadute',
    nl: 'Evaluaties over tijd',
  },
  nextReview: { en: 'Next review', nb: 'Neste gjennomgang', fi: 'Seuraava arviointi', it: 'Prossima revisione', nl: 'Volgende evaluatie' },
  status: { en: 'Status', nb: 'Status', fi: 'Tila', it: 'Stato', nl: 'Status' },
  parties: { en: 'Parties', nb: 'Parter', fi: 'Osapuolet', it: 'Parti', nl: 'Partijen' },
  draft: { en: 'Draft', nb: 'Utkast', fi: 'Luonnos', it: 'Bozza', nl: 'Concept' },
  partlySigned: {
    en: 'Partly signed',
    nb: 'Delvis signert',
    fi: 'Osittain allekirjoitettu',
    it: 'Firmato in parte',
    nl: 'Deels ondertekend',
  },
  signed: { en: 'Signed', nb: 'Signert', fi: 'Allekirjoitettu', it: 'Firmato', nl: 'Ondertekend' },
  changed: {
    en: 'Changed after signing',
    nb: 'Endret etter signering',
    fi: 'Muutettu allekirjoituksen jälkeen',
    it: 'Modificato dopo la firma',
    nl: 'Gewijzigd na ondertekening',
  },
  checking: {
    en: 'Checking signatures…',
    nb: 'Kontrollerer signaturer…',
    fi: 'Tarkistetaan allekirjoituksia…',
    it: 'Verifica delle firme…',
    nl: 'Handtekeningen controleren…',
  },
} satisfies Record<string, LocalisedText>;

/** Fills `{name}` placeholders of a term's text. */
export function fillTerm(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match));
}
