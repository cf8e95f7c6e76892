// How figures read in notes, check details and the report.
import type { Claim } from '../model.js';

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 3000 -> "3,000"; 2.589 -> "2.59". (One formatter: toLocaleString builds one per call.) */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
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
export function describeClaim(claim: Claim, dateIso: string | null): string {
  const who = [claim.source.outlet ?? claim.source.file, claim.claimant, dateIso ?? 'undated'].filter(Boolean).join(', ');
  return `${formatFigure(claim)} (${who})`;
}
