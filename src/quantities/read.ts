// Dispatch to the right finder for the number that starts at i (digits or words).
import { parseDigits } from './digits.js';
import type { NumberToken } from './token.js';
import { isDigit } from './text.js';
import { parseWords } from './words.js';
import { codeAt } from '../text/chars.js';

export function readNumberAt(text: string, i: number, floor: number): NumberToken | null {
  return isDigit(codeAt(text, i)) ? parseDigits(text, i) : parseWords(text, i, floor);
}
