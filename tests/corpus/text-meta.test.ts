// Table-driven: what an article says about its own source. Never a date without a written year.
import { describe, expect, test } from 'vitest';
import { detectTextMeta } from '../../src/corpus/text-meta.js';
import { leadingDate, normalisePublished } from '../../src/corpus/dates.js';

const CASES: [string, string, string | null, string | null][] = [
  // [name, text, outlet, published]
  ['Press TV tag with en dash', 'Title here\n\nPress TV – Leader of Hezbollah says 60 square km are besieged.', 'Press TV', null],
  ['Press TV tag with hyphen', 'Press TV - The army says it captured 20 square km.', 'Press TV', null],
  ['a city before a dash is not an outlet', 'Damascus – The army says it captured 20 square km.', null, null],
  ['a sentence with a dash is not a tag', 'The army - backed by jets - captured 20 square km.', null, null],
  ['KUNA dateline without a year: outlet, no date', 'BEIRUT, Aug 19 (KUNA) -- Lebanese troops killed 12 militants.', 'KUNA', null],
  ['Reuters dateline with a year', 'BEIRUT, August 19, 2017 (Reuters) - Troops killed 12 militants.', 'Reuters', '2017-08-19'],
  ['dateline with no date', 'AMMAN (Reuters) - Jordanian jets struck 3 targets.', 'Reuters', null],
  ['SANA dateline without a date', 'DAMASCUS, (SANA) – Army units killed 30 terrorists.', 'SANA', null],
  ['a parenthesis that is not an agency', 'Hezbollah (Party of God) - the group says 20 fighters died.', null, null],
  ['source line at the end', 'Hezbollah captured 270 square km.\nsource: Alarabiya\nRelated headline', 'Alarabiya', null],
  ['Source line with a capital', 'Troops killed 5.\nSource: Al Arabiya', 'Al Arabiya', null],
  ['(Source: X) closing a one-line page', 'Shelling killed 4 civilians. (Source: Syrian Coalition) Twitter', 'Syrian Coalition', null],
  ['date at the top after a title', 'Missile kills 18\n\n21 Jul 2016 Dozens of civilians were killed.', null, '2016-07-21'],
  ['"Date of publication" prefix', 'Title\n\nDate of publication 4 October 2016 At least 22 people were killed.', null, '2016-10-04'],
  ['"Published" prefix, month first', 'Title\n\nPublished July 27 2016 A twin bombing killed 44.', null, '2016-07-27'],
  ['weekday and time', 'Title\n\nWednesday 22 July 2015 22:33 18 Civilians Killed.', null, '2015-07-22'],
  ['numeric day-month-year', 'Title\n\n26-01-2016 Bombs kill 22 at checkpoint.', null, '2016-01-26'],
  ['a date deep in the text is not a publication date', 'Title\n\nTroops advanced.\nMore fighting.\nStill more.\nOn 4 October 2016 they captured 5 villages.\n21 Jul 2016 is not here', null, null],
  ['"On Saturday" gives no date', 'On Saturday, Qanso said the army seized 30 square km.', null, null],
  ['nothing at all', 'The army captured 20 square kilometers.', null, null],
];

describe('detectTextMeta', () => {
  test.each(CASES)('%s', (_name, text, outlet, published) => {
    const meta = detectTextMeta(text);
    expect(meta.outlet).toBe(outlet);
    expect(meta.published).toBe(published);
  });
});

describe('dates', () => {
  test.each([
    ['2017-08-22', '2017-08-22'],
    ['2017-08-21T09:30:00+03:00', '2017-08-21'],
    ['2017-08', '2017-08'],
    ['2017', '2017'],
    ['Aug 22, 2017', '2017-08-22'],
    ['22 August 2017', '2017-08-22'],
    ['Tue, 22 Aug 2017 10:00:00 GMT', '2017-08-22'],
    ['2017-02-30', null],
    ['2017-13-45', null],
    ['Aug 22', null],
    ['yesterday', null],
    ['', null],
  ])('normalisePublished(%j) = %j', (input, expected) => {
    expect(normalisePublished(input)).toBe(expected);
  });

  test('a Date from YAML becomes its ISO day', () => {
    expect(normalisePublished(new Date('2017-08-26T00:00:00Z'))).toBe('2017-08-26');
  });

  test('leadingDate reports how much it read', () => {
    expect(leadingDate('4 October 2016 At least')).toEqual({ iso: '2016-10-04', length: '4 October 2016'.length });
    expect(leadingDate('At least 4 October 2016')).toBeNull();
  });
});
