/**
 * The domain terms of teacher mentoring and how each language says them, for the elements' own text
 * and the built-in templates alike (a test holds both to it). `en` says where the English term is
 * meant: the word in the sense the glossary gives (`commitment` in an agreement, not "commitment to
 * the work"); every other language gives its term and a stem that each of its inflections contains.
 *
 * Where a country has an established term it is used, and `source` says where it comes from.
 */
export interface GlossaryEntry {
  /** What the term means here. */
  sense: string;
  /** Where the English term is meant (case-insensitive). */
  en: RegExp;
  /** The term in each language, and a stem every inflected form of it contains. */
  terms: Record<'nb' | 'fi' | 'it' | 'nl', { term: string; stem: RegExp }>;
  /** Where an established term comes from. */
  source?: string;
}

const t = (term: string, stem: RegExp) => ({ term, stem });

export const glossary: Record<string, GlossaryEntry> = {
  mentor: {
    sense: 'The experienced teacher (or school) who guides another; also mentoring, the work itself.',
    en: /\bmentor/i,
    terms: { nb: t('mentor', /mentor/i), fi: t('mentori', /mentor/i), it: t('mentor', /mentor/i), nl: t('mentor', /mentor/i) },
    source: 'fi: mentori, mentorointi as in the Osaava Verme network’s vertaisryhmämentorointi (peer-group mentoring).',
  },
  mentee: {
    sense: 'The newly qualified teacher, trainee or school being mentored.',
    en: /\bmentees?\b/i,
    terms: { nb: t('mentee', /mentee/i), fi: t('mentoroitava', /mentoroitav/i), it: t('mentee', /mentee/i), nl: t('mentee', /mentee/i) },
  },
  observer: {
    sense: 'The colleague who observes a lesson.',
    en: /\bobservers?\b/i,
    terms: {
      nb: t('observatør', /observatør/i),
      fi: t('havainnoija', /havainnoij/i),
      it: t('osservatore', /osservator/i),
      nl: t('observator', /observator/i),
    },
  },
  observed: {
    sense: 'The teacher whose lesson is observed.',
    en: /\bthe observed\b|\bobserved teacher/i,
    terms: {
      nb: t('den observerte læreren', /observert/i),
      fi: t('havainnoitava opettaja', /havainnoitav/i),
      it: t('docente osservato', /osservat/i),
      nl: t('geobserveerde leraar', /geobserveerd/i),
    },
  },
  observation: {
    sense: 'A lesson observation, and the form for it.',
    en: /\bobservations?\b/i,
    terms: {
      nb: t('observasjon', /observasjon/i),
      fi: t('havainnointi', /havainnoin/i),
      it: t('osservazione', /osservazion/i),
      nl: t('observatie', /observatie/i),
    },
  },
  agreement: {
    sense: 'The mentoring agreement between the parties.',
    en: /(?<!by )\bagreement\b/i,
    terms: { nb: t('avtale', /avtale/i), fi: t('sopimus', /sopim/i), it: t('accordo', /accord/i), nl: t('overeenkomst', /overeenkomst/i) },
  },
  commitment: {
    sense: 'The numbered commitments of an agreement (not commitment as dedication: "commitment to the work", "with commitment").',
    en: /\bcommitments\b|^(own )?commitment( \d+)?$/i,
    terms: { nb: t('forpliktelse', /forplikt/i), fi: t('sitoumus', /sitoum/i), it: t('impegno', /impegn/i), nl: t('afspraak', /afspra/i) },
  },
  standard: {
    sense: 'A standard of a framework (Mentor Standard 1, the Teaching standards), not "high standards".',
    en: /\b(mentor|teaching|national|core|post-threshold|QTS|framework) standards?\b|\bstandards? for\b/i,
    terms: {
      nb: t('standard', /standard/i),
      fi: t('standardi', /standard/i),
      it: t('standard', /standard/i),
      nl: t('standaard', /standaard/i),
    },
  },
  criterion: {
    sense: 'One rated line of a standard or checklist.',
    en: /\bcriteri(on|a)\b/i,
    terms: {
      nb: t('kriterium', /kriteri/i),
      fi: t('kriteeri', /kriteeri/i),
      it: t('criterio', /criteri/i),
      nl: t('criterium', /criteri/i),
    },
  },
  strengths: {
    sense: 'Strengths, written per standard.',
    en: /\bstrengths\b/i,
    terms: {
      nb: t('styrker', /styrke/i),
      fi: t('vahvuudet', /vahvuu/i),
      it: t('punti di forza', /punti di forza/i),
      nl: t('sterke punten', /sterke punten/i),
    },
  },
  target: {
    sense: 'A target for development.',
    en: /\btargets?\b|\btarget\(s\)/i,
    terms: { nb: t('mål', /mål/i), fi: t('tavoite', /tavoit/i), it: t('obiettivo', /obiettiv/i), nl: t('doel', /doel/i) },
  },
  developmentAction: {
    sense: 'An action for development (per standard).',
    en: /\bactions? for development|\baction\(s\) for development/i,
    terms: { nb: t('tiltak', /tiltak/i), fi: t('toimi', /toim/i), it: t('azione', /azion/i), nl: t('actie', /actie/i) },
  },
  actionPlan: {
    sense: 'The action plan that follows from feedback.',
    en: /\baction plan/i,
    terms: {
      nb: t('handlingsplan', /handlingsplan/i),
      fi: t('toimintasuunnitelma', /toimintasuunnitelm/i),
      it: t('piano d’azione', /piano d['’]azione/i),
      nl: t('actieplan', /actieplan/i),
    },
  },
  review: {
    sense: 'A dated review of a plan (not a self-review).',
    en: /(?<!self-)\breviews?\b/i,
    terms: {
      nb: t('gjennomgang', /gjennomgang/i),
      fi: t('arviointi', /arvioin/i),
      it: t('revisione', /revision/i),
      nl: t('evaluatie', /evaluatie/i),
    },
  },
  evidence: {
    sense: 'What shows that a criterion or step is met (evidence-based and evidence-informed are their own terms).',
    en: /\bevidence(?!-)/i,
    terms: {
      nb: t('dokumentasjon', /dokumentasjon/i),
      fi: t('näyttö', /näyt/i),
      it: t('evidenza', /evidenz/i),
      nl: t('bewijs', /bewijs/i),
    },
  },
  feedback: {
    sense: 'The observer’s or mentor’s feedback.',
    en: /\bfeedback\b/i,
    terms: {
      nb: t('tilbakemelding', /tilbakemelding/i),
      fi: t('palaute', /palaut/i),
      it: t('feedback', /feedback/i),
      nl: t('feedback', /feedback/i),
    },
  },
  reflection: {
    sense: 'Reflection, and to reflect, on feedback or practice.',
    en: /\breflect/i,
    terms: {
      nb: t('refleksjon', /refle/i),
      fi: t('pohdinta', /poh[dt]i/i),
      it: t('riflessione', /rifless|riflett/i),
      nl: t('reflectie', /reflect/i),
    },
  },
  headTeacher: {
    sense: 'The head teacher (principal) of a school.',
    en: /\bhead ?teachers?\b/i,
    terms: {
      nb: t('rektor', /rektor/i),
      fi: t('rehtori', /rehtor/i),
      it: t('dirigente scolastico', /dirigent/i),
      nl: t('schoolleider', /schoolleider/i),
    },
  },
  trainee: {
    sense: 'A trainee teacher in initial teacher training.',
    en: /\btrainees?\b|\btrainee's\b/i,
    terms: {
      nb: t('lærerstudent', /lærerstudent/i),
      fi: t('opettajaopiskelija', /opettajaopiskelij/i),
      it: t('tirocinante', /tirocinant/i),
      nl: t('leraar in opleiding', /in opleiding/i),
    },
  },
  peerGroup: {
    sense: 'A peer mentoring group of 4–8 teachers (the Finnish model).',
    en: /\bpeer (mentoring )?group/i,
    terms: {
      nb: t('kollegagruppe', /kollegagrupp/i),
      fi: t('vertaisryhmä', /vertaisryhm/i),
      it: t('gruppo di pari', /gruppo di pari|gruppi di pari/i),
      nl: t('peergroep', /peergroep/i),
    },
    source:
      'fi: vertaisryhmä, vertaisryhmämentorointi — the Finnish peer-group mentoring model of the Osaava Verme network (Finnish Institute for Educational Research, University of Jyväskylä).',
  },
  red: {
    sense: 'Red of a RAG rating.',
    en: /\bred\b/i,
    terms: { nb: t('rød', /rød/i), fi: t('punainen', /punai/i), it: t('rosso', /ross/i), nl: t('rood', /rood|rode/i) },
  },
  amber: {
    sense: 'Amber of a RAG rating: the middle light of a traffic light.',
    en: /\bamber\b/i,
    terms: { nb: t('gul', /gul/i), fi: t('keltainen', /keltai/i), it: t('giallo', /giall/i), nl: t('oranje', /oranje/i) },
    source: 'The traffic light’s middle colour in each language (nb gul, fi keltainen, it giallo, nl oranje), as RAG ratings are read.',
  },
  green: {
    sense: 'Green of a RAG rating.',
    en: /\bgreen\b/i,
    terms: { nb: t('grønn', /grønn/i), fi: t('vihreä', /vihre/i), it: t('verde', /verd/i), nl: t('groen', /groen/i) },
  },
};
