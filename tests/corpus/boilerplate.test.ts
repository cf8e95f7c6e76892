// Table-driven: [name, input, expected body]. Only a suffix is ever removed.
import { describe, expect, test } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { trimBoilerplate } from '../../src/corpus/boilerplate.js';
import { FURNITURE_STARTS, FURNITURE_TAILS, TAIL_WINDOW } from '../../src/corpus/boilerplate-patterns.js';

/** Whether `lower` (a lower-cased text) holds one of a pattern's cues. */
const hasCue = (lower: string, cues: readonly string[]) => cues.some((cue) => lower.includes(cue));

const BODY = 'The army said it captured 20 square kilometers on Saturday.\nAnother 40 square km remain under ISIS control, he said.';

const CASES: [string, string, string][] = [
  // Nothing to trim
  ['plain article', BODY, BODY],
  ['trailing blank lines only', `${BODY}\n\n\n`, BODY],
  ['article ending in a short quote line', `${BODY}\n"We will win"`, `${BODY}\n"We will win"`],
  // Related-article lists
  ['headlines glued to GMT timestamps', `${BODY}\nGMT 16:39 2017 Sunday ,05 November\nTruck bomb kills dozens fleeing fightingGMT 22:04 2017 Monday ,23 October\nRussian strikes kill 28 civilians in Deir al-Zor`, BODY],
  ['"Read more:" header and its headlines', `${BODY}\n\nRead more:\nSyria strikes kill 12\nRebels seize 3 towns`, BODY],
  ['"Related:" with a headline on the same line', `${BODY}\nRelated: Clashes kill 40 in Idlib`, BODY],
  ['headline list above a copyright line', `${BODY}\nSyria strikes kill 12\nRebels seize 3 towns\n© 2023 Example News`, BODY],
  // Site furniture
  ['site credits and rights notice', `${BODY}\nMaintained and developed by Arabs Today Group SAL.\nAll rights reserved to Arab Today Media Group 2023 ©`, BODY],
  ['copyright word', `${BODY}\nCopyright 2017 Example Media. All rights reserved.`, BODY],
  ['share and subscribe lines', `${BODY}\nShare this article\nFollow us on Twitter\nSubscribe to our newsletter`, BODY],
  ['social links', `${BODY}\nFacebook | Twitter | WhatsApp`, BODY],
  ['tags line', `${BODY}\nTags: Syria, Lebanon, ISIS`, BODY],
  // The "source:" line ends the body
  ['source line and everything after it', `${BODY}\nsource: Alarabiya\nGunmen kill 7 in Homs`, BODY],
  // One-line pages (the whole page is one paragraph)
  ['glued "Read Also"', `${BODY} Read Also`, BODY],
  ['glued social link after a sentence', `${BODY} (Source: Syrian Coalition) Twitter`, `${BODY} (Source: Syrian Coalition)`],
  ['glued publisher standards', `${BODY} Editing by Nick Macfie Our Standards:The Thomson Reuters Trust Principles.`, `${BODY} Editing by Nick Macfie`],
  ['glued comments widget', `${BODY} Community standardsDiscussion Comment via FacebookComment via Sputnik News`, BODY],
  ['glued follow and copyright run', `${BODY} Follow us on Instagram. Subscribe to our channel. Copyright 2018 TRT World. Contact Us Legal Terms of Use Privacy Policy Cookie Policy`, BODY],
  // Must not trim
  ['a long last paragraph mentioning "developed by"', `${BODY}\n\nThe system was developed by a security firm which allows every action on a computer to be logged and analysed later by investigators, who said 3,000 machines were affected across the region in the past year.`, `${BODY}\n\nThe system was developed by a security firm which allows every action on a computer to be logged and analysed later by investigators, who said 3,000 machines were affected across the region in the past year.`],
  ['"Twitter" as a word inside a sentence', `${BODY}\nHe posted the figures on Twitter.`, `${BODY}\nHe posted the figures on Twitter.`],
  ['a "source:" line on the first line is not the end', 'Source: Reuters\nGunmen killed 5 people.', 'Source: Reuters\nGunmen killed 5 people.'],
  ['a page that is only furniture keeps its first line', 'Syria strikes kill 12\n© 2023 Example', 'Syria strikes kill 12'],
];

describe('trimBoilerplate', () => {
  test.each(CASES)('%s', (_name, input, expected) => {
    const { text } = trimBoilerplate(input);
    expect(text).toBe(expected);
    expect(input.startsWith(text)).toBe(true);
  });

  test('says why it trimmed', () => {
    expect(trimBoilerplate(`${BODY}\n© 2023 Example`).reasons).toEqual(['copyright notice']);
    expect(trimBoilerplate(BODY).reasons).toEqual([]);
  });

  // A one-line page is searched only in its last TAIL_WINDOW characters: furniture that starts at
  // that border, or whose sentence end and space lie across it, is still found; a "Copyright"
  // that follows no sentence end is not furniture.
  const HEAD = 'The army said it captured 20 square kilometers on Saturday.'.repeat(3);
  /** `head`, then `tail` filled out to the last TAIL_WINDOW characters (so the window starts at `tail`). */
  const page = (head: string, tail: string) => head + tail.padEnd(TAIL_WINDOW, 'x');
  test.each<[string, string, string, string]>([
    ['the furniture starts at the border', `${HEAD} `, 'Copyright 2018 TRT World. ', HEAD],
    ['the space before it starts the window', HEAD, ' Copyright 2018 TRT World. ', HEAD],
    ['one space each side of the border', `${HEAD} `, ' Follow us on Instagram. ', HEAD],
    ['no sentence end before it', `${HEAD} and`, ' Copyright 2018 TRT World ', page(`${HEAD} and`, ' Copyright 2018 TRT World ')],
  ])('one-line page: %s', (_name, head, tail, expected) => {
    expect(trimBoilerplate(page(head, tail)).text).toBe(expected);
  });

  const seed = '/work/shared/seeds/004_87fcf204060622c7.txt';
  test.skipIf(!existsSync(seed))('the real Al Arabiya page ends at the last sentence of the article', () => {
    const text = readFileSync(seed, 'utf8');
    const { text: body } = trimBoilerplate(text);
    expect(body.endsWith('including Sunni leader and Prime Minister Saad al-Hariri.')).toBe(true);
    expect(body).not.toMatch(/GMT|Maintained|rights reserved|28 civilians/);
  });

  test('the bundled seed copy trims the same way', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'seeds', '004_87fcf204060622c7.txt'), 'utf8');
    expect(trimBoilerplate(text).text.endsWith('Saad al-Hariri.')).toBe(true);
  });
});

// The cues only decide whether a pattern runs at all: a match without one would be lost silently.
describe('tail patterns and their cues', () => {
  const samples: [string, string][] = [
    ['said the minister. Read more:', 'related-articles header'],
    ['said the minister. Twitter', 'social link'],
    ['said the minister. Our Standards: The Thomson Reuters Trust Principles.', 'publisher standards link'],
    ['said the minister. Community standards Discussion', 'comments widget'],
    ['said the minister. Contact Us Legal Privacy Policy', 'site links'],
    ['said the minister. Copyright © 2018 TRT World', 'copyright notice'],
    ['said the minister. © 2017 Reuters', 'copyright notice'],
    ['said the minister. All rights reserved.', 'rights notice'],
    ['said the minister. Follow us on Instagram', 'share or subscribe line'],
    ['said the minister. Share this article', 'share or subscribe line'],
  ];
  test.each(samples)('%s: matched by a pattern that has a cue in it (%s)', (text, reason) => {
    const patterns = [...FURNITURE_TAILS, ...FURNITURE_STARTS].filter((p) => p.reason === reason);
    const matching = patterns.filter((p) => {
      p.pattern.lastIndex = 0;
      return p.pattern.test(text);
    });
    expect(matching.length).toBeGreaterThan(0);
    for (const p of matching) expect(hasCue(text.toLowerCase(), p.cues)).toBe(true);
    expect(trimBoilerplate(text).text).toBe('said the minister.');
  });
});
