// Every figure is an interval. The claim's own low/high carry its hedge ("more than 270" is
// 270..297); a bare exact round figure also carries a rounding halo (ROUNDING_HALO).
import type { Claim } from '../model.js';
import { ROUNDING_HALO } from '../data/reconcile.js';

export interface Interval {
  low: number;
  high: number;
}

/** The rounding unit of a figure: the largest power of ten that divides it (0 when none does). */
export function roundingUnit(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0;
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit === 1 ? 0 : unit;
}

/** Half-width of the halo a bare figure carries, 0 for figures that do not look rounded. */
export function haloOf(value: number): number {
  const { minValue, multipleOf, share } = ROUNDING_HALO;
  if (value < minValue || value % multipleOf !== 0) return 0;
  return Math.min(share * value, roundingUnit(value) / 2);
}

type Figure = Pick<Claim, 'value' | 'low' | 'high' | 'qualifier'>;

/** The halo a claim's figure carries: only a bare exact figure (low = high = value) has one. */
export function haloFor(claim: Figure): number {
  return claim.qualifier === 'exact' && claim.low === claim.high && claim.low === claim.value ? haloOf(claim.value) : 0;
}

/** The interval a claim asserts: its low/high, widened by the halo when it is a bare round figure. */
export function intervalOf(claim: Figure): Interval {
  // Guard against extractors that leave value outside low..high.
  const halo = haloFor(claim);
  return { low: Math.min(claim.low, claim.value) - halo, high: Math.max(claim.high, claim.value) + halo };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** Sum of intervals, for arithmetic checks: each bound adds up. */
export function sumOf(parts: Interval[]): Interval {
  let low = 0;
  let high = 0;
  for (const p of parts) {
    low += p.low;
    high += p.high;
  }
  return { low, high };
}
