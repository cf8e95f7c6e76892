// Place names and spellings, mapped to the scope they belong to. A user extends these with
// `places` in claims.config.json. Keys are matched case-insensitively on word boundaries after
// spelling normalisation (see SPELLINGS).

/** Spelling variants folded before matching: transliterations differ between outlets. */
export const SPELLINGS: Record<string, string> = {
  juroud: 'jurud',
  joroud: 'jurud',
  jroud: 'jurud',
  'al-qaa': 'qaa',
  "qa'a": 'qaa',
  'al qaa': 'qaa',
  qaa: 'qaa',
  arsaal: 'arsal',
  ersal: 'arsal',
  baalbeck: 'baalbek',
  'baalbak': 'baalbek',
  qalamon: 'qalamoun',
  qalamun: 'qalamoun',
};

/** Place (after spelling normalisation) -> scope. */
export const PLACE_SCOPES: Record<string, string> = {
  'lebanese side': 'Lebanese side',
  'lebanese territory': 'Lebanese side',
  'lebanese land': 'Lebanese side',
  'lebanese soil': 'Lebanese side',
  'syrian side': 'Syrian side',
  'syrian land': 'Syrian side',
  'syrian territory': 'Syrian side',
  'syrian soil': 'Syrian side',
  'ras baalbek': 'Lebanese side',
  'jurud ras baalbek': 'Lebanese side',
  qaa: 'Lebanese side',
  'jurud qaa': 'Lebanese side',
  arsal: 'Lebanese side',
  'jurud arsal': 'Lebanese side',
  'western qalamoun': 'Syrian side',
  'west qalamoun': 'Syrian side',
  'qalamoun mountains': 'Syrian side',
};

/** Armed groups' names -> one canonical name. Extended with `aliases` in claims.config.json. */
export const GROUP_ALIASES: Record<string, string> = {
  daesh: 'ISIS',
  isis: 'ISIS',
  isil: 'ISIS',
  is: 'ISIS',
  'islamic state': 'ISIS',
  'al-nusra front': 'al-Nusra Front',
  'al-nusra': 'al-Nusra Front',
  'nusra front': 'al-Nusra Front',
  'nusra': 'al-Nusra Front',
  'jabhat al-nusra': 'al-Nusra Front',
  'jabhat fateh al-sham': 'al-Nusra Front',
  'jabhat fatah al-sham': 'al-Nusra Front',
  hezbollah: 'Hezbollah',
  hizbollah: 'Hezbollah',
  hizballah: 'Hezbollah',
};
