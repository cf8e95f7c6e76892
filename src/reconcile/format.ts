// How figures read in notes, check details and the report.
import type { Claim } from '../model.js';
import type { ClaimFacts } from './entry.js';

/**
 * 3000 -> "3,000"; 2.589 -> "2.59". Written out because Intl's formatter costs microseconds a
 * call, and a large run formats millions of figures.
 */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && n > -1000 && n < 1000) return String(n);
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n * 100) / 100;
  const sign = rounded < 0 ? '-' : '';
  const abs = Math.abs(rounded);
  const whole = Math.trunc(abs);
  const fraction = abs - whole;
  let digits = String(whole);
  if (whole >= 1000) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${sign}${digits}${abs.toFixed(2).slice(-3).replace(/0+$/, '')}` : `${sign}${digits}`;
}

/** A claim's figure as the text hedged it: "about 40", "more than 270", "550–600". */
export function formatFigure(claim: Pick<Claim, 'value' | 'low' | 'high' | 'qualifier' | 'incremental'>): string {
  const v = formatNumber(claim.value);
  const figure = (() => {
    switch (claim.qualifier) {
      case 'exact': return v;
      case 'approx': return `about ${v}`;
      case 'nearly': return `nearly ${v}`;
      case 'over': return `more than ${v}`;
      case 'under': return `fewer than ${v}`;
      case 'at_least': return `at least ${v}`;
      case 'at_most': return `up to ${v}`;
      case 'range': return `${formatNumber(claim.low)}–${formatNumber(claim.high)}`;
      case 'vague': return `${formatNumber(claim.low)}–${formatNumber(claim.high)} (vague)`;
    }
  })();
  return claim.incremental ? `another ${figure}` : figure;
}

export function formatRange(low: number, high: number): string {
  return low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
}

/** "more than 270 (Al Arabiya, Nasrallah, 2017-08-24)": enough to find the claim in the report. */
export function describeClaim(claim: ClaimFacts, dateIso: string | null): string {
  const who = [claim.source.outlet ?? claim.source.file, claim.claimant, dateIso ?? 'undated'].filter(Boolean).join(', ');
  return `${formatFigure(claim)} (${who})`;
}
