import type { LocalisedText } from '../l10n/catalogue.js';

/** Built-in text of `<mk-signature>`, as language maps (read with `localise`). */
export const signatureTerms = {
  typeName: {
    en: 'Type your full name',
    nb: 'Skriv fullt navn',
    fi: 'Kirjoita koko nimesi',
    it: 'Scrivi il tuo nome completo',
    nl: 'Typ je volledige naam',
  },
  drawInstead: { en: 'Draw instead', nb: 'Tegn i stedet', fi: 'Piirrä sen sijaan', it: 'Disegna invece', nl: 'Teken in plaats daarvan' },
  typeInstead: {
    en: 'Type my name instead',
    nb: 'Skriv navnet i stedet',
    fi: 'Kirjoita nimi sen sijaan',
    it: 'Scrivi invece il nome',
    nl: 'Typ liever mijn naam',
  },
  drawArea: {
    en: 'Signature drawing area: draw with a mouse, finger or pen',
    nb: 'Signaturfelt: tegn med mus, finger eller penn',
    fi: 'Allekirjoitusalue: piirrä hiirellä, sormella tai kynällä',
    it: 'Area della firma: disegna con mouse, dito o penna',
    nl: 'Handtekeningvak: teken met muis, vinger of pen',
  },
  drawn: {
    en: 'Drawn signature',
    nb: 'Tegnet signatur',
    fi: 'Piirretty allekirjoitus',
    it: 'Firma disegnata',
    nl: 'Getekende handtekening',
  },
  nothingDrawn: {
    en: 'nothing drawn yet',
    nb: 'ingenting tegnet ennå',
    fi: 'ei vielä piirretty',
    it: 'ancora nulla di disegnato',
    nl: 'nog niets getekend',
  },
  clear: { en: 'Clear', nb: 'Tøm', fi: 'Tyhjennä', it: 'Cancella', nl: 'Wissen' },
  cleared: { en: 'Drawing cleared', nb: 'Tegningen er tømt', fi: 'Piirros tyhjennetty', it: 'Disegno cancellato', nl: 'Tekening gewist' },
} satisfies Record<string, LocalisedText>;
