import { expect } from '@open-wc/testing';
import { messageFor } from '../validation/message.js';
import { loadTranslation } from './catalogue.js';
import { parseDate, parseDateTime, parseTime } from './date-parsing.js';
import { datePattern, displayParam, formatDate, formatDateTime, formatTime } from './dates.js';

// The catalogues of nb, fi, it and nl load on first use; these functions read whatever is loaded.
before(() => Promise.all(['nb', 'fi', 'it', 'nl'].map(loadTranslation)));

describe('dates in the page’s language', () => {
  it('writes a date the way each language writes it', () => {
    expect(formatDate('2026-09-01', 'nb')).to.equal('01.09.2026');
    expect(formatDate('2026-09-01', 'en-GB')).to.equal('01/09/2026');
    expect(formatDate('2026-09-01', 'en')).to.equal('09/01/2026');
    expect(formatDate('2026-09-01', 'fi')).to.equal('01.09.2026');
    expect(formatDate('2026-09-01', 'it')).to.equal('01/09/2026');
    expect(formatDate('2026-09-01', 'nl')).to.equal('01-09-2026');
    expect(formatDate('not a date', 'nb'), 'anything else as it is').to.equal('not a date');
  });

  it('writes the shipped languages’ dates and times exactly as Intl does (they are written out to spare its first load)', () => {
    const dates = ['2026-09-01', '1999-12-31', '2000-02-29', '2031-01-09'];
    for (const lang of ['en', 'nb', 'fi', 'it', 'nl']) {
      const intl = new Intl.DateTimeFormat(lang, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
      for (const iso of dates) expect(formatDate(iso, lang), `${lang} ${iso}`).to.equal(intl.format(new Date(`${iso}T00:00:00Z`)));
      const times = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
      expect(formatTime('14:05', lang), lang).to.equal(times.format(Date.UTC(2026, 0, 1, 14, 5)));
      expect(datePattern('time', lang).includes('am/pm'), `${lang} 12-hour clock`).to.equal(!!times.resolvedOptions().hour12);
    }
  });

  it('reads typed dates in the language’s order, with any separator or none', () => {
    for (const typed of ['01.09.2026', '1.9.2026', '01/09/2026', '01 09 2026', '01092026', '2026-09-01'])
      expect(parseDate(typed, 'nb'), typed).to.equal('2026-09-01');
    expect(parseDate('09/01/2026', 'en')).to.equal('2026-09-01');
    expect(parseDate('09012026', 'en')).to.equal('2026-09-01');
    expect(parseDate('01/09/2026', 'en-GB')).to.equal('2026-09-01');
    expect(parseDate('01-09-2026', 'nl')).to.equal('2026-09-01');
  });

  it('does not read what is not a real, complete date', () => {
    for (const typed of ['31.02.2026', '01.13.2026', '01.09.26', '01.09', '', 'tomorrow', '2026-02-30', '1.9.2026 extra'])
      expect(parseDate(typed, 'nb'), typed).to.equal(undefined);
  });

  it('writes and reads times and dates with times', () => {
    expect(formatTime('14:30', 'nb')).to.equal('14:30');
    expect(formatTime('14:30', 'fi')).to.equal('14.30');
    expect(formatTime('14:30', 'en-GB')).to.equal('14:30');
    for (const typed of ['14:30', '14.30', '1430', '2:30 pm', '2.30 p.m.']) expect(parseTime(typed), typed).to.equal('14:30');
    for (const typed of ['25:00', '14:75', '13 pm', 'noon']) expect(parseTime(typed), typed).to.equal(undefined);
    expect(formatDateTime('2026-09-01T14:30', 'nb')).to.equal('01.09.2026 14:30');
    expect(parseDateTime('01.09.2026 14:30', 'nb')).to.equal('2026-09-01T14:30');
    expect(parseDateTime('01/09/2026, 2:30 pm', 'en-GB')).to.equal('2026-09-01T14:30');
  });

  it('names the pattern in the language’s own letters', () => {
    expect(datePattern('date', 'nb')).to.equal('dd.mm.åååå');
    expect(datePattern('date', 'en-GB')).to.equal('dd/mm/yyyy');
    expect(datePattern('date', 'en')).to.equal('mm/dd/yyyy');
    expect(datePattern('date', 'fi')).to.equal('pp.kk.vvvv');
    expect(datePattern('date', 'it')).to.equal('gg/mm/aaaa');
    expect(datePattern('date', 'nl')).to.equal('dd-mm-jjjj');
    expect(datePattern('time', 'fi')).to.equal('tt.mm');
  });

  it('falls back to English for a tag Intl does not accept', () => {
    expect(formatDate('2026-09-01', 'en_US')).to.equal('09/01/2026');
    expect(formatDate('2026-09-01', 'constructor')).to.equal('09/01/2026');
    expect(displayParam(3, 'nb')).to.equal(3);
  });
});

describe('messages name formats and dates in the user’s language', () => {
  it('names the format, never the raw format name', () => {
    const uri = { keyword: 'format', key: 'typeMismatch', params: { format: 'uri' } };
    expect(messageFor(uri, 'nb')).to.equal('Skriv inn en nettadresse, for eksempel https://example.org.');
    expect(messageFor(uri, 'fi')).to.equal('Anna verkko-osoite, esimerkiksi https://example.org.');
    for (const lang of ['en', 'nb', 'fi', 'it', 'nl']) {
      const generic = messageFor({ keyword: 'pattern', key: 'patternMismatch', params: {} }, lang);
      const sentences = ['uri', 'email', 'date', 'time', 'date-time', 'duration'].map((format) =>
        messageFor({ keyword: 'format', key: 'typeMismatch', params: { format } }, lang),
      );
      expect(new Set([...sentences, generic]).size, `${lang}: a sentence per format`).to.equal(7);
      for (const sentence of sentences) expect(sentence, lang).not.to.match(/\buri\b|date-time|\(\w+\)$/);
      const unknown = messageFor({ keyword: 'format', key: 'typeMismatch', params: { format: 'constructor' } }, lang);
      expect(unknown, `${lang}: an unknown format`).not.to.contain('constructor');
    }
  });

  it('writes date bounds the language’s way', () => {
    const problem = { keyword: 'dateOrder', key: 'rangeUnderflow', params: { min: '2026-09-01' } };
    expect(messageFor(problem, 'nb')).to.equal('Bruk 01.09.2026 eller senere.');
    expect(messageFor(problem, 'en-GB')).to.equal('Please use 01/09/2026 or later.');
    expect(messageFor({ keyword: 'minimum', key: 'rangeUnderflow', params: { min: 3 } }, 'en')).to.equal('The value must be 3 or more.');
  });

  it('has a sentence for the record checks’ own keys, in every language', () => {
    for (const key of ['unknownLevel', 'unknownItem', 'duplicateId', 'templateMismatch']) {
      const english = messageFor({ keyword: 'x', key, params: {} }, 'en');
      expect(english, key).not.to.equal('This value is not valid.');
      for (const lang of ['nb', 'fi', 'it', 'nl'])
        expect(messageFor({ keyword: 'x', key, params: {} }, lang), `${lang} ${key}`).not.to.equal(english);
    }
    expect(messageFor({ keyword: 'x', key: 'constructor', params: {} }, 'en'), 'a key from outside data').to.equal(
      'This value is not valid.',
    );
  });
});
