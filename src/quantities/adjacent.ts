// What is glued right before a figure: a currency symbol ("$5", "US$ 5") or the letters of a name ("F-16").
import { HYPHEN_PREFIXES } from '../data/numbers.js';
import { MONEY_SYMBOLS } from '../data/units.js';
import { isDash, isDigit, isInlineSpace, isLetter } from './text.js';
import { codeAt } from '../text/chars.js';

/** "$5", "US$ 5", "£100": the currency symbol right before digits, and where it starts. */
export function currencyBefore(text: string, start: number): { code: string; start: number } | null {
  let at = start;
  if (isInlineSpace(codeAt(text, at - 1))) at--;
  const code = MONEY_SYMBOLS[text.charAt(at - 1)];
  if (!code) return null;
  at--;
  // "US$", "C$", "A$"
  while (at > 0 && start - at < 4 && isLetter(codeAt(text, at - 1)) && codeAt(text, at - 1) < 91) at--;
  return { code, start: at };
}

const HYPHEN_PREFIX_SET = new Set(HYPHEN_PREFIXES);

/**
 * Digits glued to letters before them are part of a name: "MH17", "G20", "F-16", "COVID-19", "scp2-173".
 * Ordinary word prefixes ("mid-2014", "pre-1967") are not.
 */
export function gluedToLetters(text: string, start: number): boolean {
  const previous = codeAt(text, start - 1);
  if (isLetter(previous)) return true;
  if (!isDash(previous)) return false;
  let at = start - 1;
  const limit = Math.max(0, at - 24);
  let letters = false;
  while (at > limit && (isLetter(codeAt(text, at - 1)) || isDigit(codeAt(text, at - 1)))) {
    if (isLetter(codeAt(text, at - 1))) letters = true;
    at--;
  }
  if (!letters) return false;
  return !HYPHEN_PREFIX_SET.has(text.slice(at, start - 1).toLowerCase());
}

