// Abbreviations after which a full stop does not end a sentence. Intl.Segmenter splits on them
// ("Brig. Gen. Ali Qanso"), so the text stage re-joins.
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'brig', 'adm', 'cmdr',
  'gov', 'sen', 'rep', 'pres', 'rev', 'sr', 'jr', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'sq',
]);
