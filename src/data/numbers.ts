// Number vocabulary for the quantity stage: plain data, applied by src/quantities/.
// Each table maps a lower-case word to what it means; `reason` says why an entry exists
// where that is not obvious.

export interface WordRecord {
  readonly value: number;
  readonly reason?: string;
}

/** Cardinal words below one hundred that stand alone ("nine", "twenty"). */
export const CARDINALS: Readonly<Record<string, WordRecord>> = {
  zero: { value: 0 },
  nought: { value: 0, reason: 'British spelling of zero' },
  naught: { value: 0 },
  one: { value: 1 },
  two: { value: 2 },
  three: { value: 3 },
  four: { value: 4 },
  five: { value: 5 },
  six: { value: 6 },
  seven: { value: 7 },
  eight: { value: 8 },
  nine: { value: 9 },
  ten: { value: 10 },
  eleven: { value: 11 },
  twelve: { value: 12 },
  thirteen: { value: 13 },
  fourteen: { value: 14 },
  fifteen: { value: 15 },
  sixteen: { value: 16 },
  seventeen: { value: 17 },
  eighteen: { value: 18 },
  nineteen: { value: 19 },
  twenty: { value: 20 },
  thirty: { value: 30 },
  forty: { value: 40 },
  fourty: { value: 40, reason: 'common misspelling in wire copy' },
  fifty: { value: 50 },
  sixty: { value: 60 },
  seventy: { value: 70 },
  eighty: { value: 80 },
  ninety: { value: 90 },
};

/** Multipliers inside a number phrase ("two hundred", "3 million", "a dozen"). */
export const SCALES: Readonly<Record<string, WordRecord>> = {
  dozen: { value: 12, reason: '"a dozen", "three dozen": a count of twelves' },
  hundred: { value: 100 },
  thousand: { value: 1e3 },
  million: { value: 1e6 },
  billion: { value: 1e9 },
  trillion: { value: 1e12 },
  lakh: { value: 1e5, reason: 'South Asian English, seen in Pakistani and Indian outlets' },
  crore: { value: 1e7, reason: 'South Asian English' },
};

/** Scale abbreviations written right after digits ("5bn", "10k", "2.5 mln"). */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, WordRecord>> = {
  k: { value: 1e3, reason: 'only attached to digits ("10k"), never spaced' },
  bn: { value: 1e9 },
  bln: { value: 1e9 },
  mln: { value: 1e6 },
  mn: { value: 1e6 },
  tn: { value: 1e12 },
  tln: { value: 1e12 },
};

/** Case-sensitive scale letters glued to digits: "10M" is ten million, while "10m" is ten metres. */
export const SCALE_LETTERS: Readonly<Record<string, WordRecord>> = {
  M: { value: 1e6, reason: 'upper-case M after digits is million in headlines ("$1.8M", "10M")' },
};

/**
 * Word prefixes joined to a number by a hyphen that do not make it a code: "mid-2014", "pre-1967".
 * Any other letters glued to a number make it a name ("F-16", "scp-173", "COVID-19").
 */
export const HYPHEN_PREFIXES: readonly string[] = [
  'mid', 'pre', 'post', 'late', 'early', 'anti', 'pro', 'non', 'over', 'under', 'sub', 'ex', 'circa', 'some', 'about',
  'around', 'nearly', 'almost', 'approximately', 'top', 'all', 'year', 'high', 'low', 'record', 'multi', 'at', 'in',
  'from', 'to', 'by', 'and', 'or', 'the', 'a', 'an', 'of', 'up', 'than',
];

/** Fraction denominators: "a third", "two-thirds", "three quarters". Singular and plural forms. */
export const FRACTION_DENOMINATORS: Readonly<Record<string, WordRecord>> = {
  half: { value: 2 },
  halves: { value: 2 },
  third: { value: 3 },
  thirds: { value: 3 },
  quarter: { value: 4 },
  quarters: { value: 4 },
  fourth: { value: 4 },
  fourths: { value: 4 },
  fifth: { value: 5 },
  fifths: { value: 5 },
  sixth: { value: 6 },
  sixths: { value: 6 },
  seventh: { value: 7 },
  sevenths: { value: 7 },
  eighth: { value: 8 },
  eighths: { value: 8 },
  ninth: { value: 9 },
  ninths: { value: 9 },
  tenth: { value: 10 },
  tenths: { value: 10 },
};

/** Ordinal words: never a count ("the first", "a second attack"). third/fourth... are fractions after a number or "a". */
export const ORDINALS: Readonly<Record<string, WordRecord>> = {
  first: { value: 1 },
  second: { value: 2 },
  third: { value: 3 },
  fourth: { value: 4 },
  fifth: { value: 5 },
  sixth: { value: 6 },
  seventh: { value: 7 },
  eighth: { value: 8 },
  ninth: { value: 9 },
  tenth: { value: 10 },
  eleventh: { value: 11 },
  twelfth: { value: 12 },
  thirteenth: { value: 13 },
  fourteenth: { value: 14 },
  fifteenth: { value: 15 },
  sixteenth: { value: 16 },
  seventeenth: { value: 17 },
  eighteenth: { value: 18 },
  nineteenth: { value: 19 },
  twentieth: { value: 20 },
  thirtieth: { value: 30 },
  fortieth: { value: 40 },
  fiftieth: { value: 50 },
  hundredth: { value: 100 },
  thousandth: { value: 1000 },
};

export interface VagueRecord {
  /** Lower bound of the interval the phrase implies; also the quantity's value. */
  readonly low: number;
  readonly high: number;
  /** Whether the word must be followed by "of" to be a quantity ("scores of"; "he scores" is a verb). */
  readonly needsOf?: boolean;
  readonly reason?: string;
}

/**
 * Plural scale words that state an order of magnitude, not a number ("dozens of", "thousands").
 * The lower bound is two of the unit, the upper bound just below the next order.
 */
export const VAGUE_AMOUNTS: Readonly<Record<string, VagueRecord>> = {
  dozens: { low: 24, high: 99, reason: 'at least two dozen, fewer than a hundred' },
  scores: { low: 40, high: 99, needsOf: true, reason: 'a score is twenty; "scores" alone is usually the verb' },
  hundreds: { low: 200, high: 999 },
  thousands: { low: 2000, high: 9999 },
  millions: { low: 2e6, high: 9999999 },
  billions: { low: 2e9, high: 9999999999 },
};

/** "tens of thousands", "hundreds of thousands": a plural multiplier of a plural scale. */
export const VAGUE_MULTIPLIERS: Readonly<Record<string, WordRecord>> = {
  tens: { value: 10 },
  hundreds: { value: 100 },
  dozens: { value: 12 },
};

/** Words before a scale that make it vague ("several hundred", "a few thousand"). */
export const VAGUE_DETERMINERS: ReadonlyArray<{ readonly words: readonly string[]; readonly reason?: string }> = [
  { words: ['several'] },
  { words: ['a', 'few'] },
  { words: ['few'], reason: '"few hundred" after a dropped article' },
  { words: ['many'] },
];

/** What "one" is NOT a number in: pronoun and idiom uses ("one of them said", "no one"). */
export const ONE_IDIOMS_BEFORE: ReadonlyArray<{ readonly words: readonly string[]; readonly reason: string }> = [
  { words: ['no'], reason: '"no one" = nobody' },
  { words: ['any'], reason: '"any one of"' },
  { words: ['each'], reason: '"each one"' },
  { words: ['every'], reason: '"every one of"' },
  { words: ['the'], reason: '"the one who", "the one thing"' },
  { words: ['this'], reason: 'pronoun' },
  { words: ['that'], reason: 'pronoun' },
  { words: ['which'], reason: 'pronoun' },
  { words: ['at'], reason: '"at one point", "at one time"' },
  { words: ['on'], reason: '"on one hand", "on one side"' },
  { words: ['such'], reason: '"one such"' },
  { words: ['little'], reason: '"little one"' },
  { words: ['loved'], reason: '"loved one"' },
  { words: ['young'], reason: '"young one"' },
];

export const ONE_IDIOMS_AFTER: ReadonlyArray<{ readonly words: readonly string[]; readonly reason: string }> = [
  { words: ['of'], reason: '"one of them said": picks one out of a group, not a count of its own' },
  { words: ['another'], reason: '"one another"' },
  { words: ['day'], reason: '"one day" = some day' },
  { words: ['point'], reason: '"at one point"' },
  { words: ['time'], reason: '"at one time"' },
  { words: ['by', 'one'], reason: '"one by one"' },
  { words: ['way'], reason: '"one way or another"' },
  { words: ['hand'], reason: '"on one hand"' },
  { words: ['side'], reason: '"on one side" (of the border) is not a count' },
  { words: ['who'], reason: 'pronoun' },
  { words: ['that'], reason: 'pronoun' },
  { words: ['which'], reason: 'pronoun' },
  { words: ['thing'], reason: '"one thing is clear"' },
  { words: ['must'], reason: 'generic pronoun' },
  { words: ['can'], reason: 'generic pronoun' },
  { words: ['could'], reason: 'generic pronoun' },
  { words: ['should'], reason: 'generic pronoun' },
  { words: ['would'], reason: 'generic pronoun' },
  { words: ['is'], reason: '"one is tempted to"' },
  { words: ['off'], reason: '"a one-off payment"' },
  { words: ['sided'], reason: '"a one-sided game"' },
];

/** Words that make a following figure an addition to an earlier one. */
export const INCREMENT_BEFORE: ReadonlyArray<{ readonly words: readonly string[] }> = [
  { words: ['another'] },
  { words: ['a', 'further'] },
  { words: ['an', 'additional'] },
  { words: ['further'] },
  { words: ['additional'] },
];

/** Words after a figure that make it an addition ("20 more", "thousands more"). */
export const INCREMENT_AFTER: readonly string[] = ['more'];

// ---------------------------------------------------------------- context that makes a number not a count

/** Month names (capitalised in text) and their number; abbreviations may carry a dot ("Aug. 23"). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * A word right before a 4-digit figure in 1900-2099 that makes it a year even when a plural noun follows
 * ("in 2014 elections", "the 2011 protests", "Syria's 2011 uprising": the 's' is the possessive).
 */
export const YEAR_CUES_BEFORE: readonly string[] = [
  'in', 'since', 'until', 'till', 'during', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'year', 'fiscal', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'circa', 's', 'by', 'throughout',
  'pre', 'post',
];

/** Lower-case words ending in "s" that are not plural nouns, so they are no evidence of a count after a number. */
export const NOT_PLURAL_NOUNS: readonly string[] = [
  'was', 'has', 'is', 'its', 'this', 'his', 'as', 'thus', 'plus', 'versus', 'towards', 'across', 'us', 'yes',
  'always', 'perhaps', 'besides', 'whereas', 'unless', 'afterwards', 'does', 'goes', 'saw', 'marks', 'sees',
  'remains', 'becomes', 'witnessed',
];

/** Words before a figure that name a thing by number ("Resolution 2254", "Route 4", "No. 5"). */
export const IDENTIFIER_HEADS: readonly string[] = [
  'resolution', 'resolutions', 'route', 'highway', 'motorway', 'no', 'nos', 'number', 'article', 'articles',
  'flight', 'channel', 'version', 'chapter', 'section', 'page', 'pages', 'paragraph', 'room', 'gate', 'platform',
  'category', 'phase', 'apollo', 'windows', 'iphone', 'radio', 'formula', 'ligue', 'episode', 'series', 'act',
  'title', 'vol', 'volume', 'tier', 'sector', 'checkpoint', 'exit', 'junction', 'terminal', 'bbc', 'fifa', 'mig',
  'unit', 'camp', 'division', 'brigade', 'regiment', 'battalion', 'squadron', 'base', 'airbase',
];

/** Words before a figure that make it an age ("aged 17"). */
export const AGE_CUES_BEFORE: readonly string[] = ['aged', 'age', 'ages', 'age of', 'ages of'];

/** Words after a figure that make it a time of day ("10 a.m.", "0914 GMT"). */
export const TIME_CUES_AFTER: readonly string[] = ['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'gmt', 'utc', 'hrs', 'local time', "o'clock", 'o’clock', 'hours gmt', 'h', 'hours local'];

/** Nouns after a figure that show it counts people or things, so "2000 people" is not a year. */
export const COUNT_NOUNS: readonly string[] = [
  'people', 'persons', 'men', 'women', 'children', 'civilians', 'soldiers', 'troops', 'fighters', 'militants',
  'rebels', 'refugees', 'families', 'police', 'policemen', 'personnel', 'staff', 'members', 'prisoners', 'hostages',
  'migrants', 'residents', 'students', 'workers', 'jihadists', 'insurgents', 'terrorists', 'gunmen', 'detainees',
  'casualties', 'deaths', 'victims', 'bodies', 'dead', 'wounded', 'injured', 'killed', 'were', 'have', 'had', 'more',
  'others', 'displaced', 'homes', 'houses', 'buildings', 'vehicles', 'tanks', 'rockets', 'missiles', 'shells',
  'villages', 'towns', 'square', 'sq', 'km', 'kilometers', 'kilometres', 'hectares', 'acres', 'dunums',
];

/** Words after a figure that make it a multiplier, not a count ("three times as many"). */
export const MULTIPLIER_WORDS: readonly string[] = ['times', 'fold', 'times over'];
