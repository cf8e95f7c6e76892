// Units the quantity stage recognises after a figure, with the factor to the canonical unit
// (km2 for areas, km for lengths). Applied by src/quantities/units.ts.
// A form is a sequence of lower-case tokens as written ("sq. km" and "sq km" are both ['sq','km']:
// the matcher skips dots and spaces between tokens).

export type UnitDimension = 'area' | 'length';

export interface UnitRecord {
  readonly forms: readonly string[];
  readonly dimension: UnitDimension;
  /** Canonical unit the value is converted to. */
  readonly unit: 'km2' | 'km';
  /** Multiply the figure by this to get the canonical unit. */
  readonly factor: number;
  /** Only when written right after the digits or a hyphen ("500m", "2,000-metre"), never after a space. */
  readonly attachedOnly?: boolean;
  readonly reason?: string;
}

const SQ_MILE = 2.58999;
const MILE = 1.609344;

export const UNITS: readonly UnitRecord[] = [
  // ---- areas
  {
    forms: ['square kilometers', 'square kilometres', 'square kilometer', 'square kilometre', 'square km', 'square kms',
      'sq km', 'sq kms', 'sq kilometers', 'sq kilometres', 'sqkm', 'km2', 'km²', 'kms2', 'kilometers square',
      'kilometres square', 'kilometer square', 'kilometre square', 'km square', 'km squared', 'kilometers squared', 'kilometres squared', 'square-kilometer',
      'square-kilometre'],
    dimension: 'area', unit: 'km2', factor: 1,
  },
  {
    forms: ['square miles', 'square mile', 'sq mi', 'sq miles', 'sq mile', 'mi2', 'mi²', 'miles square', 'mile square',
      'miles squared', 'square-mile'],
    dimension: 'area', unit: 'km2', factor: SQ_MILE,
    reason: '"11 miles square" in news means square miles, not a square 11 miles on a side',
  },
  { forms: ['hectares', 'hectare', 'ha'], dimension: 'area', unit: 'km2', factor: 0.01 },
  { forms: ['acres', 'acre'], dimension: 'area', unit: 'km2', factor: 0.00404686 },
  {
    forms: ['dunums', 'dunum', 'dunams', 'dunam', 'donums', 'donum', 'dönüms', 'dönüm'],
    dimension: 'area', unit: 'km2', factor: 0.001,
    reason: 'metric dunam of 1,000 m2, used for land in Palestine, Israel, Iraq, Syria',
  },
  { forms: ['feddans', 'feddan'], dimension: 'area', unit: 'km2', factor: 0.0042, reason: 'Egyptian land unit, 4,200 m2' },
  {
    forms: ['square meters', 'square metres', 'square meter', 'square metre', 'sq m', 'm2', 'm²', 'sqm'],
    dimension: 'area', unit: 'km2', factor: 1e-6,
  },
  // ---- lengths
  {
    forms: ['kilometers', 'kilometres', 'kilometer', 'kilometre', 'km', 'kms', 'klm'],
    dimension: 'length', unit: 'km', factor: 1,
    reason: 'a length unless the phrase is about an area ("an area of 120 kilometers"): see AREA_CUES',
  },
  { forms: ['nautical miles', 'nautical mile'], dimension: 'length', unit: 'km', factor: 1.852 },
  { forms: ['miles', 'mile', 'mi'], dimension: 'length', unit: 'km', factor: MILE },
  { forms: ['meters', 'metres', 'meter', 'metre'], dimension: 'length', unit: 'km', factor: 0.001 },
  { forms: ['m'], dimension: 'length', unit: 'km', factor: 0.001, attachedOnly: true, reason: '"500 m" spaced is too often a list letter' },
  { forms: ['feet', 'foot', 'ft'], dimension: 'length', unit: 'km', factor: 0.0003048 },
  { forms: ['yards', 'yard', 'yds'], dimension: 'length', unit: 'km', factor: 0.0009144 },
  { forms: ['inches', 'inch'], dimension: 'length', unit: 'km', factor: 0.0000254 },
  { forms: ['centimeters', 'centimetres', 'centimeter', 'centimetre', 'cm'], dimension: 'length', unit: 'km', factor: 1e-5 },
  { forms: ['millimeters', 'millimetres', 'millimeter', 'millimetre', 'mm'], dimension: 'length', unit: 'km', factor: 1e-6 },
];

/**
 * A bare length unit (km, miles) measures an AREA when the phrase is about an area:
 * before the figure ("an area of 120 kilometers") or right after the unit ("70km of territory").
 */
export const AREA_CUES_BEFORE: readonly string[] = ['area of', 'areas of', 'an area of', 'territory of', 'total area of', 'surface of', 'expanse of'];
export const AREA_CUES_AFTER: readonly string[] = [
  'of territory', 'of land', 'of lands', 'of area', 'of ground', 'of farmland', 'of agricultural land', 'of countryside',
  'of desert', 'of terrain', 'of the territory', 'of its territory', 'of their territory', 'of mountainous', 'of rugged',
  'of barren', 'of border area', 'of the area', 'of forest', 'of woodland',
];

/** After a length: a direction or position word makes it a distance ("330 kilometers north of Damascus"). */
export const DISTANCE_CUES_AFTER: readonly string[] = [
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west',
  'south-east', 'south-west', 'northern', 'southern', 'eastern', 'western', 'nne', 'nnw', 'ssw', 'sse',
  'away', 'from', 'off', 'outside', 'inside', 'into', 'beyond', 'behind', 'ahead', 'short', 'apart', 'across',
  'long', 'wide', 'deep', 'in length', 'in width', 'in diameter', 'radius', 'range', 'per hour', 'an hour', 'a day', 'per day', 'along', 'toward', 'towards',
  'to the', 'of the border', 'of the city', 'of the town', 'of the front', 'upstream', 'downstream', 'underground',
  'offshore', 'inland',
];
/** Before a length: a preposition of position makes it a distance ("within 20 km of", "as close as six kilometres"). */
export const DISTANCE_CUES_BEFORE: readonly string[] = ['within', 'as close as', 'as far as', 'some distance of', 'distance of', 'range of', 'radius of', 'advanced', 'retreated', 'stretch of', 'length of'];

/** Elevation: "1,500 metres above sea level", "2,000-metre-high", "an altitude of 3,000 feet". */
export const ELEVATION_CUES_AFTER: readonly string[] = ['above sea level', 'above sea', 'high', 'tall', 'in height', 'in altitude', 'altitude', 'elevation', 'below sea level'];
export const ELEVATION_CUES_BEFORE: readonly string[] = ['altitude of', 'elevation of', 'height of', 'heights of', 'peak of'];

/** Units of time: a count of them is a duration ("six days", "six-year conflict"), never a claim. */
export const DURATION_UNITS: Readonly<Record<string, string>> = {
  second: 'second', seconds: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hrs: 'hour',
  day: 'day', days: 'day', night: 'night', nights: 'night',
  week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month',
  year: 'year', years: 'year', yr: 'year', yrs: 'year',
  decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
  generation: 'generation', generations: 'generation',
};

/** Currency words after a figure ("5 million dollars") and symbols before it ("$5 million"). */
export const MONEY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', usd: 'USD', euro: 'EUR', euros: 'EUR', eur: 'EUR',
  pound: 'GBP', pounds: 'GBP', gbp: 'GBP', sterling: 'GBP', pence: 'GBP', cents: 'USD',
  riyal: 'SAR', riyals: 'SAR', rial: 'IRR', rials: 'IRR', lira: 'TRY', liras: 'TRY', lire: 'TRY',
  yuan: 'CNY', yen: 'JPY', rupee: 'INR', rupees: 'INR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  dinar: 'IQD', dinars: 'IQD', dirham: 'AED', dirhams: 'AED', shekel: 'ILS', shekels: 'ILS', francs: 'CHF',
  toman: 'IRR', tomans: 'IRR',
  rand: 'ZAR', rupiah: 'IDR', won: 'KRW', peso: 'MXN', pesos: 'MXN', naira: 'NGN', baht: 'THB', ringgit: 'MYR',
  krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', zloty: 'PLN', hryvnia: 'UAH', hryvnias: 'UAH',
  afghanis: 'AFN', cedi: 'GHS', shillings: 'KES', kwacha: 'ZMW', renminbi: 'CNY',
};
export const MONEY_SYMBOLS: Readonly<Record<string, string>> = { '$': 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR' };

/** Words after a figure that make it a percentage. */
export const PERCENT_WORDS: readonly string[] = ['percent', 'per cent', 'pc', 'percentage points', 'percentage point', 'pct'];
