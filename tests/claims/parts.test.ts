import { describe, expect, test } from 'vitest';
import { clausesOf } from '../../src/claims/clauses.js';
import { attributionsIn, nameIn } from '../../src/claims/claimant.js';
import { resolveAttributions } from '../../src/claims/resolution.js';
import { dateMentions, asOfFor } from '../../src/claims/dates.js';
import { peopleNounAfter } from '../../src/claims/people.js';
import { DEFAULT_RULES, scopeOfPlace } from '../../src/claims/rules.js';
import { sentencesIn } from '../../src/text/sentences.js';

const sentence = (text: string, start = 0) => ({ start, end: start + text.length, text, paragraph: 0 });

describe('clauses', () => {
  test.each([
    ['We have captured 20 km, so we have 20 km to go', 2],
    ['Qanso said that 20 were killed and that 30 km had been liberated', 2],
    ['Five were killed while 16 were released', 2],
    // a breakdown stays in its clause: the whole must reach its verb
    ['an area of 60 km, including 20 km on the Lebanese side', 1],
    ['16 people, mostly civilians, were killed', 1],
  ])('%s -> %i clauses', (text, n) => {
    expect(clausesOf(text)).toHaveLength(n);
  });
});

describe('claimant: attribution phrases', () => {
  test.each([
    ['"We have captured 20 km," said Lebanese army spokesman Brigadier-General Ali Qanso at a press conference on Tuesday.', 'Ali Qanso'],
    ['On Saturday, Qanso said that some 20 militants had been killed.', 'Qanso'],
    ['Nasrallah noted that 100 km had been liberated.', 'Nasrallah'],
    ['The frontier battle was nearing a victory, Nasrallah said.', 'Nasrallah'],
    ['According to the Syrian Observatory for Human Rights, 20 were killed.', 'Syrian Observatory for Human Rights'],
  ])('%s -> %s', (text, name) => {
    const [a] = attributionsIn(sentence(text));
    expect(nameIn(a!.phrase) ?? a!.phrase).toBe(name);
  });

  test.each([
    // texts stripped of commas run the clause before into the speaker
    ['On Tuesday the Russian defence ministry said 6 people were killed.', 'the Russian defence ministry'],
    ['Eleven children were killed in a rebel-held neighbourhood of Aleppo city a monitor said.', 'a monitor'],
    ['SANA reporter in Aleppo said that 6 civilians were killed.', 'SANA reporter in Aleppo'],
    ['A source at Aleppo Police Command told SANA that 3 died.', 'A source at Aleppo Police Command'],
    // an outlet tag before a dash is not part of the speaker
    ['Press TV – The Lebanese army says it has captured 20 km.', 'The Lebanese army'],
  ])('run-on speaker: %s -> %s', (text, phrase) => {
    expect(attributionsIn(sentence(text))[0]?.phrase).toBe(phrase);
  });

  test.each([
    ['An air strike hit a hospital in Idlib said 14 people were killed.'],
    ['Terrorist Bomb Targets Bus in Damascus Claims 6 Lebanese Martyrs.'],
    ['The heavy fighting claimed the lives of 129 loyalists.'],
    ['Al-Nusra admitted defeat after six days of fighting.'],
  ])('no speaker: %s', (text) => {
    expect(attributionsIn(sentence(text))).toEqual([]);
  });

  test('an organisation body keeps its name', () => {
    const [a] = attributionsIn(sentence("Hezbollah's media bureau reported that its fighters had liberated 87 km."));
    expect(a!.phrase).toBe("Hezbollah's media bureau");
  });

  test('pronouns and descriptions resolve to the person named in the article', () => {
    const text = 'Hezbollah Secretary General Sayyed Hassan Nasrallah made the remarks on Thursday. The Hezbollah chief said 160 km were held. He added that 40 km remained.';
    const sentences = sentencesIn(text);
    const resolved = resolveAttributions(sentences);
    const names = sentences.map((s) => resolved.get(s.start)?.[0]?.who.claimant ?? null);
    expect(names).toEqual(['Hassan Nasrallah', 'Hassan Nasrallah', 'Hassan Nasrallah']);
  });

  test('a headline-style description resolves forward to the person named later', () => {
    const text = 'Leader of the Lebanese Hezbollah movement says 60 km are under siege.\nHezbollah Secretary General Hassan Nasrallah made the remarks on Thursday.';
    const resolved = resolveAttributions(sentencesIn(text));
    expect(resolved.get(0)?.[0]?.who).toEqual({ claimant: 'Hassan Nasrallah', inferred: true });
  });

  test('an indefinite source stays anonymous', () => {
    const resolved = resolveAttributions(sentencesIn('Hassan Nasrallah spoke. A Lebanese security source said 20 fled.'));
    const last = [...resolved.values()].pop()!;
    expect(last[0]!.who.claimant).toBe('Lebanese security source');
  });
});

describe('dates', () => {
  test.each([
    // [sentence, published, expected asOf of the first mention]
    ['On Saturday, Qanso said that 20 were killed.', '2017-08-22', '2017-08-19'],
    // a Thursday article: "Saturday" is the one before, not the one after
    ['On Saturday, Qanso said that 20 were killed.', '2017-08-24', '2017-08-19'],
    ['16 were released in a prisoner swap in December 2015.', '2017-08-22', '2015-12'],
    ['In August 2014, the groups overran Arsal.', null, '2014-08'],
  ])('%s (published %s) -> %s', (text, published, iso) => {
    expect(dateMentions(text, published)[0]?.iso).toBe(iso);
  });

  test.each([
    ['Maintained and developed by Arabs Today Group.', '2017-08-22'],
    ['after six days of fierce fighting', '2017-08-22'],
    ['over the course of the night', '2017-08-22'],
    ['three years after it invaded the town', '2017-08-22'],
    ['On Saturday, Qanso said', null],
  ])('not a date: %s', (text, published) => {
    expect(dateMentions(text, published)).toEqual([]);
  });

  test('"so far" and present tense anchor to the publication date; bare narration does not', () => {
    const at = (text: string) => asOfFor(text, { start: 0, end: text.length }, 0, '2017-08-24', []).asOf;
    expect(at('So far, more than 270 square km have been fully captured')).toBe('2017-08-24');
    expect(at('Around 40 square km remain under ISIS control.')).toBe('2017-08-24');
    expect(at('The push is meant to clear an area of 120 kilometers.')).toBeNull();
  });
});

describe('people nouns and subjects', () => {
  test.each([
    [' Lebanese soldiers have been killed', 'Lebanese soldiers'],
    [' Daesh militants are holding positions', 'ISIS militants'],
    [' kidnapped servicemen have', 'servicemen'],
    [' Hezbollah fighters in return', 'Hezbollah fighters'],
    [' were released in a swap', null],
  ])('%s -> %s', (after, subject) => {
    expect(peopleNounAfter(after, DEFAULT_RULES)?.subject).toBe(subject);
  });
  test.each([' air strikes killed 20 people', ' kilometres of road', ' tanks', ' Terrorist Attacks Target', ' The Russian Aerospace Forces'])(
    'not people: %s',
    (after) => {
      expect(peopleNounAfter(after, DEFAULT_RULES)).toBeNull();
    },
  );
  test('a singular people noun counts one', () => {
    expect(peopleNounAfter(' civilian was killed', DEFAULT_RULES, 1)?.subject).toBe('civilian');
  });
  test('"Five from a group of 30 kidnapped servicemen": the outer count counts the inner noun', () => {
    expect(peopleNounAfter(' from a group of 30 kidnapped servicemen have', DEFAULT_RULES)?.subject).toBe('servicemen');
  });
});

describe('scope from places', () => {
  test.each([
    ['on the Lebanese side', 'Lebanese side'],
    ['in the Juroud Arsal area', 'Lebanese side'],
    ['Joroud Ras Baalbeck', 'Lebanese side'],
    ['in western Qalamoun region', 'Syrian side'],
    ['on Syrian land', 'Syrian side'],
    ['in Deir al-Zor', null],
  ])('%s -> %s', (text, scope) => {
    expect(scopeOfPlace(text, DEFAULT_RULES)).toBe(scope);
  });
});
