// The record a number finder returns: what was read at one place, before context is applied.
import type { Dimension } from '../model.js';

export type TokenKind = 'cardinal' | 'fraction' | 'vague' | 'ordinal';

export interface NumberToken {
  /** Offsets of the number itself ("a hundred", "1.2 million", "45,000"). */
  start: number;
  end: number;
  value: number;
  kind: TokenKind;
  /** Bounds for vague amounts ("hundreds" = 200..999); undefined otherwise. */
  low: number | undefined;
  high: number | undefined;
  /** Written with digits. */
  digits: boolean;
  /** Digits with no separator, decimal point or scale word: the shape of a year, a time or a code. */
  plain: boolean;
  /** Length of the leading digit run. */
  digitCount: number;
  /** Digits with a leading zero ("0914", "05"): a time, a day or a code, never a count. */
  leadingZero: boolean;
  /** The scale word or abbreviation applied ("3 million" = 1e6, "5bn" = 1e9); 1 when none. */
  scale: number;
  /** Already known not to be a claim from its shape alone ("16:39", "F-16", "23rd"). */
  excluded: { reason: string; dimension: Dimension } | undefined;
}

/**
 * Every token is made here, with every field set in the same order: one object shape for all tokens
 * keeps the property reads in the hot loop monomorphic (spreads and late fields each made a new shape).
 */
export function makeToken(
  start: number, end: number, value: number, kind: TokenKind, digits: boolean,
  plain = false, digitCount = 0, scale = 1,
): NumberToken {
  return {
    start, end, value: Number.isFinite(value) ? value : 0, kind, low: undefined, high: undefined, digits, plain,
    digitCount, leadingZero: false, scale, excluded: undefined,
  };
}

export function excludedToken(start: number, end: number, value: number, reason: string, dimension: Dimension): NumberToken {
  const token = makeToken(start, end, value, 'cardinal', true, false, end - start);
  token.excluded = { reason, dimension };
  return token;
}

/** A vague amount: value is the lower bound of its interval. */
export function vagueToken(start: number, end: number, low: number, high: number): NumberToken {
  const token = makeToken(start, end, low, 'vague', false);
  token.low = low;
  token.high = high;
  return token;
}
