// Rule data for the reconciler: how each status behaves over time, which subjects are the same
// kind of people, the rounding halo of bare round figures, and the arithmetic identities that
// claims should satisfy. The code in src/reconcile/ applies these; nothing here is code.

/**
 * How a status moves over time.
 * - cumulative: a running total; later figures grow or stay. A later, smaller one is a revision.
 * - stock: what is left at a moment; expected to shrink or stay. It may grow (ground retaken,
 *   new captives), so a rise is still a progression, but it is noted.
 * - level: a size that moves either way (forces present, people displaced).
 * - fixed: one figure for the whole event (an operation's target); different dates do not explain
 *   a difference.
 */
export type TimeKind = 'cumulative' | 'stock' | 'level' | 'fixed';

export const STATUS_TIME: Record<string, { kind: TimeKind; reason: string }> = {
  captured: { kind: 'cumulative', reason: 'ground taken adds up over an offensive' },
  killed: { kind: 'cumulative', reason: 'a death toll only grows' },
  wounded: { kind: 'cumulative', reason: 'a count of wounded only grows' },
  taken: { kind: 'cumulative', reason: 'people taken at an event; later reports repeat or add' },
  released: { kind: 'cumulative', reason: 'releases add up' },
  dead: { kind: 'cumulative', reason: 'captives who died add up' },
  // For a stock, "another N" ("another 20 km2 to go") is read as what is left: see isLevel.
  remaining: { kind: 'stock', reason: 'ground still to be taken shrinks as the offensive advances' },
  held: { kind: 'stock', reason: 'captives still held (or ground still controlled) shrinks' },
  besieged: { kind: 'stock', reason: 'a besieged pocket shrinks' },
  present: { kind: 'level', reason: 'forces and displaced people grow and shrink' },
  targeted: { kind: 'fixed', reason: 'the area an operation targets is set when it starts' },
};

/** Unknown statuses are compared like levels: any movement between dates is a progression. */
export const DEFAULT_TIME_KIND: TimeKind = 'level';

/** Metrics where who the figure counts splits groups (killed soldiers are not killed militants). */
export const SUBJECT_METRICS: ReadonlySet<string> = new Set(['casualties', 'captives']);

/**
 * Subject classes: the head noun of a subject (singular) -> its class. Two subjects can describe
 * the same people only when their classes match. Multi-word heads are matched first.
 */
export const SUBJECT_CLASSES: Record<string, string> = {
  // state forces
  soldier: 'soldier', serviceman: 'soldier', servicemember: 'soldier', troop: 'soldier',
  officer: 'soldier', 'police officer': 'soldier', policeman: 'soldier', police: 'soldier',
  personnel: 'soldier', army: 'soldier', force: 'soldier', guard: 'soldier', guardsman: 'soldier',
  conscript: 'soldier', recruit: 'soldier', marine: 'soldier', commando: 'soldier', paratrooper: 'soldier',
  // non-state fighters
  militant: 'militant', fighter: 'militant', terrorist: 'militant', jihadist: 'militant',
  insurgent: 'militant', rebel: 'militant', gunman: 'militant', extremist: 'militant',
  combatant: 'militant', takfiri: 'militant', mercenary: 'militant', element: 'militant',
  // civilians (children and women are their own classes: they are often counted within civilians)
  civilian: 'civilian', resident: 'civilian', villager: 'civilian', inhabitant: 'civilian', citizen: 'civilian',
  child: 'child', kid: 'child', minor: 'child', boy: 'child', girl: 'child', infant: 'child',
  woman: 'woman',
  refugee: 'refugee', evacuee: 'refugee',
};

/** Head nouns that say nothing about who: compatible with any subject. */
export const GENERIC_SUBJECTS: ReadonlySet<string> = new Set([
  'person', 'people', 'individual', 'other', 'them', 'member', 'victim', 'casualty', 'body',
  'hostage', 'captive', 'prisoner', 'detainee', 'abductee', 'man',
]);

/** Plurals that the -s / -ies / -men rules get wrong. */
export const IRREGULAR_SINGULARS: Record<string, string> = {
  people: 'people', police: 'police', personnel: 'personnel', troops: 'troop', children: 'child',
  women: 'woman', men: 'man', mercenaries: 'mercenary', takfiris: 'takfiri', bodies: 'body',
  casualties: 'casualty', forces: 'force',
};

/**
 * Words ignored when comparing the group a subject belongs to: descriptions and branches, not
 * sides ("Takfiri militants" are the militants; "Lebanese army soldiers" are Lebanese soldiers).
 */
export const SUBJECT_NOISE_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'its', 'their', 'his', 'her', 'some', 'another', 'other', 'more', 'armed',
  'takfiri', 'foreign-backed', 'enemy', 'suspected', 'alleged', 'kidnapped', 'abducted', 'captured',
  'army', 'military', 'security', 'government', 'regime', 'pro-government', 'state', 'remaining',
]);

/**
 * A bare exact figure that is a round number was probably rounded: it carries a halo of
 * ± min(share × value, half its rounding unit), its rounding unit being the largest power of ten
 * that divides it. Small counts are not rounded (nine soldiers are nine).
 */
export const ROUNDING_HALO = {
  minValue: 50,
  multipleOf: 10,
  share: 0.05,
  reason: '60 reported against 58 is rounding, not disagreement; 9 against 10 soldiers is not',
};

/**
 * Scopes that together make a whole: claims for each side sum to the same claim with no scope.
 * Extend with more pairs (or triples) of scopes as `scopes` of the places data grow.
 */
export const COMPLEMENTARY_SCOPES: { parts: string[]; reason: string }[] = [
  { parts: ['Lebanese side', 'Syrian side'], reason: 'the border zone is split between the two countries' },
];

/**
 * Identities between statuses: the parts add up to the whole. `partsSameDate` asks the parts to
 * describe the same moment; `partsAfterWhole` asks them to date from the whole's date on (captives
 * are taken first, then die, are released or are still held).
 */
export interface BalanceRule {
  kind: string;
  metric: string;
  whole: string;
  parts: string[];
  partsSameDate: boolean;
  partsAfterWhole: boolean;
  reason: string;
}

export const BALANCE_RULES: BalanceRule[] = [
  {
    kind: 'captured + remaining = targeted', metric: 'area', whole: 'targeted', parts: ['captured', 'remaining'],
    partsSameDate: true, partsAfterWhole: false,
    reason: 'at any moment, the ground an operation targets is what it has taken plus what is left',
  },
  {
    kind: 'dead + released + held = taken', metric: 'captives', whole: 'taken', parts: ['dead', 'released', 'held'],
    partsSameDate: false, partsAfterWhole: true,
    reason: 'every captive has died, been released or is still held',
  },
];

/** How many notes of one kind a group lists before summarising the rest. */
export const MAX_NOTES_PER_KIND = 4;
