// The one linear scan: a global regex that stops at each digit run and each word that can start a
// number (cardinal, scale, vague amount, fraction or ordinal word). Its alternation is a flat list of
// literal words, so it cannot backtrack beyond the length of the longest word.
import { CARDINALS, FRACTION_DENOMINATORS, ORDINALS, SCALES, VAGUE_AMOUNTS, VAGUE_MULTIPLIERS } from '../data/numbers.js';

const STARTING_WORDS = [
  ...Object.keys(CARDINALS), ...Object.keys(SCALES), ...Object.keys(VAGUE_AMOUNTS), ...Object.keys(VAGUE_MULTIPLIERS),
  ...Object.keys(FRACTION_DENOMINATORS), ...Object.keys(ORDINALS), 'tens',
];

const WORD_ALTERNATION = [...new Set(STARTING_WORDS)].sort((a, b) => b.length - a.length).join('|');

const SCANNER = new RegExp(`\\d+|\\b(?:${WORD_ALTERNATION})\\b`, 'gi');

/**
 * The shared scanner, rewound. Compiling it once matters (a compile costs as much as scanning a
 * short article); sharing it is safe because findQuantities runs to completion synchronously.
 */
export function candidateScanner(): RegExp {
  SCANNER.lastIndex = 0;
  return SCANNER;
}
