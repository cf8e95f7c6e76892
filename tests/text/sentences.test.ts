import { describe, expect, test } from 'vitest';
import { SentenceIndex, lineAt, sentencesIn } from '../../src/text/sentences.js';

describe('sentencesIn', () => {
  test.each([
    ['Four soldiers died. Twenty were hurt.', ['Four soldiers died.', 'Twenty were hurt.']],
    // abbreviations and initials do not end a sentence
    ['He met Brig. Gen. Ali Qanso on Jan. 5. Then he left.', ['He met Brig. Gen. Ali Qanso on Jan. 5.', 'Then he left.']],
    ['The U.N. said 20 fled. It ended.', ['The U.N. said 20 fled.', 'It ended.']],
    ['Dr. Smith treated 40 people.', ['Dr. Smith treated 40 people.']],
    // a closing quote stays with its sentence
    ['"Around 40 square km remain." He added more.', ['"Around 40 square km remain."', 'He added more.']],
    // a sentence never crosses a line break
    ['A headline without a stop\nThe body starts here.', ['A headline without a stop', 'The body starts here.']],
  ])('%s', (text, expected) => {
    expect(sentencesIn(text).map((s) => s.text)).toEqual(expected);
  });

  test('offsets point into the original text', () => {
    const text = 'First one.  Second one.\n\nThird one.';
    for (const s of sentencesIn(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('SentenceIndex', () => {
  const text = 'Title line\n\nNasrallah spoke on Thursday. He said 20 km remain.\n"Around 40 km are held." The end.';
  const index = new SentenceIndex(text);

  test('finds the sentence at an offset', () => {
    expect(index.at(text.indexOf('20 km')).text).toBe('He said 20 km remain.');
  });

  test('looks back across lines and blank lines', () => {
    const quote = index.at(text.indexOf('Around'));
    expect(index.before(quote)?.text).toBe('He said 20 km remain.');
    const first = index.at(text.indexOf('Nasrallah'));
    expect(index.before(first)?.text).toBe('Title line');
    expect(index.before(index.at(0))).toBeNull();
  });

  test('paragraph numbers count lines', () => {
    expect(index.at(text.indexOf('The end')).paragraph).toBe(3);
  });

  test('lineAt gives the bounds of a line', () => {
    expect(lineAt(text, text.indexOf('Nasrallah'))).toEqual({ start: 12, end: text.indexOf('\n"') });
  });
});
