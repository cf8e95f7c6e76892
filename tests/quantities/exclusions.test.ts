// Negative tables: numbers that are found but cannot be claims, and why. [input, number as written, reason].
import { describe, expect, test } from 'vitest';
import { findQuantities } from '../../src/quantities/index.js';

/** The quantity whose number (numberSpan) reads exactly `number`. */
function byNumber(input: string, number: string) {
  const found = findQuantities(input);
  const match = found.find((q) => input.slice(q.numberSpan[0], q.numberSpan[1]) === number);
  if (!match) expect.fail(`no number "${number}" in ${JSON.stringify(input)}; found ${JSON.stringify(found.map((q) => q.text))}`);
  return match;
}

describe('excluded numbers say why', () => {
  test.each([
    // years
    ['in 2014', '2014', 'year'],
    ['since 2013', '2013', 'year'],
    ['in December 2015.', '2015', 'year'],
    ['August 23, 2017', '2017', 'year'],
    ['the 2011 uprising', '2011', 'year'],
    ['Syria\'s 2011 protests', '2011', 'year'],
    ['in mid-2014', '2014', 'year'],
    ['in 2014 elections', '2014', 'year'],
    ['the 1990s', '1990s', 'year'],
    ['2013-14', '2013-14', 'year'],
    // dates
    ['On August 19, Hezbollah', '19', 'date'],
    ['a major push on July 21 to clear', '21', 'date'],
    ['05 November', '05', 'date'],
    ['23 July 2017', '23', 'date'],
    ['Aug. 23', '23', 'date'],
    ['on the 23rd', '23rd', 'date'],
    ['August 23rd', '23rd', 'date'],
    ['17.08.2017', '17.08.2017', 'date'],
    ['2017-08-19', '2017-08-19', 'date'],
    ['Posted 01-02-2015 Terrorist Bomb', '01-02-2015', 'date'],
    ['5/17/2018', '5/17/2018', 'date'],
    // times
    ['at 16:39', '16:39', 'time'],
    ['GMT 16:39', '16:39', 'time'],
    ['at 10 a.m.', '10', 'time'],
    ['at 10pm', '10', 'time'],
    ['at 0914', '0914', 'time'],
    ['at 1430 local time', '1430', 'time'],
    ['1500 GMT', '1500', 'time'],
    // ages
    ['a 17-year-old boy', '17', 'age'],
    ['aged 17', '17', 'age'],
    ['17 years old', '17', 'age'],
    ['at the age of 17', '17', 'age'],
    // durations
    ['six days of fierce fighting', 'six', 'duration'],
    ['the six-year Syrian conflict', 'six', 'duration'],
    ['three years after it invaded', 'three', 'duration'],
    ['for two hours', 'two', 'duration'],
    ['a 48-hour truce', '48', 'duration'],
    ['a 10-day ceasefire', '10', 'duration'],
    ['hundreds of years', 'hundreds', 'duration'],
    ['half an hour', 'half', 'duration'],
    ['ten months', 'ten', 'duration'],
    // distances and elevations
    ['about 330 kilometers north of the Syrian capital', '330', 'distance'],
    ['as close as six kilometres away', 'six', 'distance'],
    ['1,500 metres above sea level', '1,500', 'elevation'],
    ['a 2,000-metre-high mountain', '2,000', 'elevation'],
    // percents
    ['20%', '20', 'percent'],
    ['20 per cent', '20', 'percent'],
    ['20 percent', '20', 'percent'],
    // money
    ['$5 million', '5 million', 'money'],
    ['US$ 5 million', '5 million', 'money'],
    ['5 million dollars', '5 million', 'money'],
    ['£100m', '100m', 'money'],
    ['€10bn', '10bn', 'money'],
    ['billions of dollars in credit', 'billions', 'money'],
    ['shares up 8.5p to 113.5p.', '8.5', 'money'],
    ['worth 6.8bn rand', '6.8bn', 'money'],
    ['Illva will pay 481.42m yuan', '481.42m', 'money'],
    ['the 418bn-rand budget', '418bn', 'money'],
    // identifiers
    ['Resolution 2254', '2254', 'identifier'],
    ['resolution 2254 calls for', '2254', 'identifier'],
    ['F-16 jets', '16', 'identifier'],
    ['S-300 missiles', '300', 'identifier'],
    ['Su-24', '24', 'identifier'],
    ['flight MH17', '17', 'identifier'],
    ['Route 4', '4', 'identifier'],
    ['No. 5', '5', 'identifier'],
    ['COVID-19', '19', 'identifier'],
    ['after 9/11', '9/11', 'identifier'],
    ['the G20 summit', '20', 'identifier'],
    ['a 3G network', '3', 'identifier'],
    ['call 0207 946 0000', '0207 946 0000', 'identifier'],
    ['call +44 20 7946 0000', '44 20 7946 0000', 'identifier'],
    ['+1-222-2222-2222', '1-222-2222-2222', 'identifier'],
    ['the Apollo 11 mission', '11', 'identifier'],
    ['1234567890123', '1234567890123', 'identifier'],
    // ordinals
    ['the first attack', 'first', 'ordinal'],
    ['the 5th Division', '5th', 'ordinal'],
    ['a second wave', 'second', 'ordinal'],
    ['the third day', 'third', 'ordinal'],
    // "one" as a pronoun
    ['one of them said', 'one', 'idiom'],
    ['no one was hurt', 'one', 'idiom'],
    ['they blamed one another', 'one', 'idiom'],
    ['at one point', 'one', 'idiom'],
    ['one day he will return', 'one', 'idiom'],
    ['depressed by one-off factors', 'one', 'idiom'],
    // multipliers
    ['three times as many', 'three', 'multiplier'],
  ])('%s: %s is %s', (input, number, reason) => {
    expect(byNumber(input, number).excluded).toBe(reason);
  });
});

describe('counts that look like exclusions are kept', () => {
  test.each([
    // a figure in 1900-2099 followed by a count noun is a count
    ['2000 people', '2000'],
    ['some 2000 fighters', '2000'],
    ['killing 1999 civilians', '1999'],
    // "one" as a number
    ['one soldier was killed', 'one'],
    ['only one person died', 'one'],
    // "may" in lower case is the verb, not the month
    ['the fighting may have killed 20 more', '20'],
    // a capitalised word at the start of a sentence is no identifier
    ['He said. Hezbollah 20 fighters', '20'],
    ['killed 20 people on Saturday', '20'],
    ['On Saturday 20 people were killed', '20'],
    // a plain count that follows a date
    ['On August 19, 20 soldiers were killed', '20'],
    // title-case headlines and place names before counts: no identifier
    ['Bombs Kill 22 at Army Checkpoint', '22'],
    ['Syrian Army Kills 40 al-Nusra Front Members', '40'],
    ['killed in Alsaliheen 8 in Ansari 5 in Almiyassar', '8'],
    // a lost space after the digits (the FA-KES text) and a space as thousands separator
    ['has killed more than 100000people in 2-1/2 years', '100000'],
    ['around 300 000 civilians trapped', '300 000'],
  ])('%s: %s is a possible claim', (input, number) => {
    const q = byNumber(input, number);
    expect(q.excluded).toBeNull();
    expect(q.dimension).toBe('count');
  });
});

describe('dimension and unit of excluded quantities', () => {
  test.each([
    ['six days', 'duration', 'day'],
    ['20%', 'percent', '%'],
    ['$5 million', 'money', 'USD'],
    ['in 2014', 'year', null],
    ['a 17-year-old', 'age', 'year'],
    ['about 330 kilometers north', 'length', 'km'],
    ['Resolution 2254', 'other', null],
    ['the first', 'ordinal', null],
  ])('%s -> %s, %s', (input, dimension, unit) => {
    const [q] = findQuantities(input);
    expect(q?.dimension).toBe(dimension);
    expect(q?.unit).toBe(unit);
  });
});
