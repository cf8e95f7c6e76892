// Attribution vocabulary: verbs that report speech, and titles stripped from names.
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'stressed', 'emphasized',
  'emphasised', 'pointed out', 'reported', 'reports', 'claimed', 'claims', 'announced', 'announces', 'tweeted', 'wrote',
  'made the remarks', 'made these remarks', 'went on to say', 'according to',
];

/**
 * Verbs that report speech only when a statement follows ("admitted that ...", "confirmed:");
 * otherwise they are ordinary verbs ("Al-Nusra admitted defeat").
 */
export const SPEECH_VERBS_WITH_COMPLEMENT = [
  'confirmed', 'confirms', 'declared', 'explained', 'insisted', 'warned', 'estimated', 'estimates', 'revealed', 'disclosed',
  'acknowledged', 'admitted', 'asserted', 'alleged', 'affirmed', 'indicated', 'mentioned',
];

/** Honorifics and ranks that precede a name and are not part of it. */
export const TITLES = new Set([
  'brigadier-general', 'brigadier', 'general', 'gen', 'gen.', 'brig', 'brig.', 'lieutenant', 'lt', 'lt.', 'colonel', 'col', 'col.',
  'major', 'maj', 'captain', 'capt', 'sergeant', 'sayyed', 'sayed', 'sheikh', 'shaykh', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'ms',
  'president', 'minister', 'prime', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'chief', 'leader',
  'governor', 'mayor', 'ambassador', 'envoy', 'king', 'prince', 'emir', 'imam', 'ayatollah', 'mullah', 'sir', 'lord',
  'lieutenant-general', 'major-general', 'field', 'marshal', 'admiral', 'deputy', 'head', 'director', 'official', 'senior',
]);

/** Words that name a role; an attribution like "the Hezbollah chief" is a description, not a name. */
export const ROLE_NOUNS = /\b(?:leader|chief|head|spokes(?:man|woman|person)|commander|minister|president|secretary(?:[- ]general)?|official|source|governor|envoy|ambassador|general|officer|director|representative|mayor|emir|monitor|observatory|ministry|army|military|agency|bureau|office|group|movement|statement|council|command)\b/i;

/** Pronouns that continue the current speaker. */
export const SPEAKER_PRONOUNS = /^(?:he|she|they|the latter)$/i;
