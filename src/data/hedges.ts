// Hedge words: how a phrase before (or after) a figure turns it into an interval.
// Applied by src/quantities/hedges.ts. Phrases are lower-case word sequences; the longest match wins.
import type { Qualifier } from '../model.js';

export interface HedgeRecord {
  readonly words: readonly string[];
  readonly qualifier: Qualifier;
  readonly reason?: string;
}

/** Interval factors per qualifier: [low, high] as multiples of the stated figure. */
export const HEDGE_INTERVALS: Readonly<Record<Qualifier, readonly [number, number]>> = {
  exact: [1, 1],
  approx: [0.9, 1.1],
  nearly: [0.9, 1],
  over: [1, 1.1],
  under: [0.9, 1],
  at_least: [1, 1.1],
  at_most: [0.9, 1],
  // range and vague carry their own bounds; these factors are never used for them
  range: [1, 1],
  vague: [1, 1],
};

/** Phrases directly before a figure (possibly with "another" between: "about another 20"). */
export const HEDGES_BEFORE: readonly HedgeRecord[] = [
  // approx
  { words: ['about'], qualifier: 'approx' },
  { words: ['around'], qualifier: 'approx' },
  { words: ['some'], qualifier: 'approx', reason: 'only directly before a number: "some 30", never "some of"' },
  { words: ['roughly'], qualifier: 'approx' },
  { words: ['approximately'], qualifier: 'approx' },
  { words: ['approx'], qualifier: 'approx' },
  { words: ['circa'], qualifier: 'approx' },
  { words: ['estimated'], qualifier: 'approx', reason: '"an estimated 600" and "estimated 600"' },
  { words: ['an', 'estimated'], qualifier: 'approx' },
  { words: ['estimates', 'suggest'], qualifier: 'approx' },
  { words: ['estimates', 'say'], qualifier: 'approx' },
  { words: ['somewhere', 'around'], qualifier: 'approx' },
  { words: ['in', 'the', 'region', 'of'], qualifier: 'approx' },
  { words: ['an', 'estimate', 'of'], qualifier: 'approx' },
  // nearly
  { words: ['nearly'], qualifier: 'nearly' },
  { words: ['almost'], qualifier: 'nearly' },
  { words: ['close', 'to'], qualifier: 'nearly' },
  { words: ['just', 'under'], qualifier: 'nearly' },
  { words: ['just', 'shy', 'of'], qualifier: 'nearly' },
  { words: ['approaching'], qualifier: 'nearly' },
  { words: ['not', 'quite'], qualifier: 'nearly' },
  // over
  { words: ['over'], qualifier: 'over', reason: 'only directly before a number: never "over an area of"' },
  { words: ['more', 'than'], qualifier: 'over' },
  { words: ['above'], qualifier: 'over' },
  { words: ['upwards', 'of'], qualifier: 'over' },
  { words: ['upward', 'of'], qualifier: 'over' },
  { words: ['in', 'excess', 'of'], qualifier: 'over' },
  { words: ['just', 'over'], qualifier: 'over' },
  { words: ['well', 'over'], qualifier: 'over' },
  { words: ['just', 'above'], qualifier: 'over' },
  { words: ['well', 'above'], qualifier: 'over' },
  { words: ['greater', 'than'], qualifier: 'over' },
  { words: ['larger', 'than'], qualifier: 'over' },
  { words: ['higher', 'than'], qualifier: 'over' },
  { words: ['exceeding'], qualifier: 'over' },
  { words: ['exceed'], qualifier: 'over' },
  { words: ['exceeds'], qualifier: 'over' },
  { words: ['exceeded'], qualifier: 'over' },
  { words: ['surpass'], qualifier: 'over' },
  { words: ['surpassed'], qualifier: 'over' },
  // under
  { words: ['less', 'than'], qualifier: 'under' },
  { words: ['fewer', 'than'], qualifier: 'under' },
  { words: ['under'], qualifier: 'under', reason: 'only directly before a number: never "under siege"' },
  { words: ['below'], qualifier: 'under' },
  { words: ['lower', 'than'], qualifier: 'under' },
  { words: ['smaller', 'than'], qualifier: 'under' },
  // at_least
  { words: ['at', 'least'], qualifier: 'at_least' },
  { words: ['no', 'fewer', 'than'], qualifier: 'at_least' },
  { words: ['no', 'less', 'than'], qualifier: 'at_least' },
  { words: ['not', 'less', 'than'], qualifier: 'at_least' },
  { words: ['not', 'fewer', 'than'], qualifier: 'at_least' },
  { words: ['a', 'minimum', 'of'], qualifier: 'at_least' },
  { words: ['minimum', 'of'], qualifier: 'at_least' },
  // at_most
  { words: ['up', 'to'], qualifier: 'at_most' },
  { words: ['as', 'many', 'as'], qualifier: 'at_most' },
  { words: ['as', 'much', 'as'], qualifier: 'at_most' },
  { words: ['at', 'most'], qualifier: 'at_most' },
  { words: ['a', 'maximum', 'of'], qualifier: 'at_most' },
  { words: ['maximum', 'of'], qualifier: 'at_most' },
  { words: ['no', 'more', 'than'], qualifier: 'at_most' },
  { words: ['not', 'more', 'than'], qualifier: 'at_most' },
  // exact, said out loud
  { words: ['exactly'], qualifier: 'exact' },
  { words: ['precisely'], qualifier: 'exact' },
];

/** Phrases directly after a figure (and its unit): "20 or so", "500 or more". */
export const HEDGES_AFTER: readonly HedgeRecord[] = [
  { words: ['or', 'so'], qualifier: 'approx' },
  { words: ['or', 'more'], qualifier: 'at_least' },
  { words: ['and', 'more'], qualifier: 'at_least' },
  { words: ['or', 'less'], qualifier: 'at_most' },
  { words: ['or', 'fewer'], qualifier: 'at_most' },
  { words: ['or', 'greater'], qualifier: 'at_least' },
  { words: ['or', 'higher'], qualifier: 'at_least' },
  { words: ['or', 'above'], qualifier: 'at_least' },
  { words: ['or', 'over'], qualifier: 'at_least' },
  { words: ['or', 'lower'], qualifier: 'at_most' },
  { words: ['or', 'below'], qualifier: 'at_most' },
  { words: ['or', 'under'], qualifier: 'at_most' },
  { words: ['at', 'least'], qualifier: 'at_least', reason: '"20 people at least"' },
  { words: ['at', 'most'], qualifier: 'at_most' },
  { words: ['odd'], qualifier: 'approx', reason: '"20-odd people"' },
  { words: ['plus'], qualifier: 'at_least', reason: '"200-plus": never "200 plus 30", which is followed by a number' },
];

/**
 * Verbs whose particle "over" (or "under") sits right before a figure without hedging it:
 * "handed over five fighters", "took over two oil fields" (seized them, not "more than two").
 */
export const OVER_PARTICLE_VERBS: readonly string[] = [
  'take', 'takes', 'took', 'taken', 'taking', // "took over two oil fields": seized, not "more than two"
  'hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning', 'pass', 'passed', 'passing',
  'sign', 'signed', 'signing', 'give', 'gave', 'given', 'giving', 'carry', 'carried', 'win', 'won', 'winning',
  'run', 'ran', 'flown', 'fly', 'flew', 'flying', 'go', 'went', 'going', 'come', 'came',
  'bring', 'brought', 'fought', 'fight', 'fighting', 'argue', 'argued', 'clash', 'clashed', 'dispute', 'disputed',
  'pored', 'poring', 'presided', 'presiding', 'preside', 'knocked', 'rolled', 'tipped',
];
