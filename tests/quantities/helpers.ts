// Shared helpers for the quantity-stage tests.
import { expect } from 'vitest';
import { Quantity } from '../../src/model.js';
import { findQuantities } from '../../src/quantities/index.js';

/** The quantity whose surface text is exactly `surface`; fails with the full list when there is none. */
export function quantityWithText(input: string, surface: string): Quantity {
  const found = findQuantities(input);
  const match = found.find((q) => q.text === surface);
  if (!match) {
    expect.fail(`no quantity "${surface}" in ${JSON.stringify(input)}; found ${JSON.stringify(found.map((q) => q.text))}`);
  }
  return match;
}

/** Quantities that may be claims (not excluded). */
export function claimable(input: string): Quantity[] {
  return findQuantities(input).filter((q) => q.excluded === null);
}

/** The single claimable quantity of `input`; fails when there are none or several. */
export function onlyClaimable(input: string): Quantity {
  const found = claimable(input);
  if (found.length !== 1) {
    expect.fail(`expected one claimable quantity in ${JSON.stringify(input)}, found ${JSON.stringify(found.map((q) => q.text))}`);
  }
  return found[0]!;
}

/** The contract every result must keep: schema-valid, sorted, non-overlapping, spans that point at the text. */
export function expectWellFormed(input: string, found: Quantity[] = findQuantities(input)): void {
  let previousEnd = 0;
  for (const q of found) {
    expect(Quantity.safeParse(q).success).toBe(true);
    const [start, end] = q.span;
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(input.slice(start, end)).toBe(q.text);
    expect(q.numberSpan[0]).toBeGreaterThanOrEqual(start);
    expect(q.numberSpan[1]).toBeLessThanOrEqual(end);
    expect(Number.isFinite(q.value) && Number.isFinite(q.low) && Number.isFinite(q.high)).toBe(true);
    expect(q.low).toBeLessThanOrEqual(q.value);
    expect(q.value).toBeLessThanOrEqual(q.high);
    previousEnd = end;
  }
}
