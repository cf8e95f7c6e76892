// Vocabulary the corpus stage reads text with: month names, news agencies and words that mark a
// name as an outlet. Data only; the code that applies it is in dates.ts and text-meta.ts.

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** Regex source matching any month name or abbreviation (with an optional dot). */
export const MONTH_PATTERN = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;

export const WEEKDAY_PATTERN = '(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\\.?';

/**
 * Outlets and agencies known by name, as they appear in taglines and datelines. A tagline such
 * as "Press TV –" is accepted when its name is here or contains an OUTLET_WORD, so that a city
 * ("Damascus –") is never taken for an outlet.
 */
export const KNOWN_OUTLETS: readonly string[] = [
  'AFP', 'AP', 'Reuters', 'KUNA', 'SANA', 'IRNA', 'ISNA', 'Fars', 'Tasnim', 'Mehr', 'Xinhua', 'Anadolu',
  'DPA', 'ANSA', 'EFE', 'TASS', 'RIA Novosti', 'Sputnik', 'UPI', 'WAM', 'SPA', 'QNA', 'MENA', 'NNA',
  'Al Arabiya', 'Alarabiya', 'Al-Arabiya', 'Al Jazeera', 'Aljazeera', 'Al-Manar', 'Al Manar', 'Al-Alam',
  'Al Mayadeen', 'Al-Mayadeen', 'Al-Ahram', 'Ahram Online', 'Daily Sabah', 'Asharq Al-Awsat', 'TRT World',
  'BBC', 'CNN', 'Press TV', 'PressTV', 'RT', 'Naharnet', 'The Daily Star', 'Arabs Today', 'Rudaw',
  'Enab Baladi', 'Syria Direct', 'Al-Masdar News', 'Al-Shahid Witness',
];

/** Words that mark a short capitalised tag as an outlet name rather than a place. */
export const OUTLET_WORDS: readonly string[] = [
  'TV', 'News', 'Agency', 'Press', 'Times', 'Post', 'Radio', 'Network', 'Herald', 'Daily', 'Tribune',
  'Gazette', 'Online', 'Channel', 'Media', 'Today', 'Witness', 'Monitor', 'Observer', 'Journal',
];
