// Metric and status rules as data. Each rule is a pattern over the quantity's clause in which the
// quantity itself is written `#N#` (its hedge and unit folded in), so a rule can say where the
// cue stands relative to the number. The claims stage (src/claims/classify.ts) applies them:
// among the rules that match, the highest `priority` wins, then the cue nearest to the number.
// `claims metrics` lists them. A user adds cues in claims.config.json.
export interface MetricRule {
  id: string;
  metric: string;
  status: string;
  /** What the rule counts: areas (km2) or people. */
  applies: 'area' | 'people';
  /** People classes the rule may count (PEOPLE_CLASSES keys); any named people when absent. */
  classes?: string[];
  /**
   * Regular expression source over the clause text, case-insensitive; may contain #N#. A named
   * group `near` marks where the distance between cue and number is measured from.
   */
  pattern: string;
  /** The cue words, for `claims metrics` and for evidence. */
  cues: string[];
  priority: number;
  reason: string;
}

const W = String.raw`(?:[\w'’-]+\s+)`; // one word and its space

export const METRIC_RULES: MetricRule[] = [
  // ---------------------------------------------------------------- area
  {
    id: 'area.targeted.intent', metric: 'area', status: 'targeted', applies: 'area', priority: 60,
    pattern: String.raw`\b(?:aim\w*|meant|intend\w*|seek\w*|sought|plan\w*|designed|set out|goal is|bid|push|effort)\s+(?:at\s+|to\s+)(?:\w+\s+)?(?:clear\w*|liberat\w*|captur\w*|retak\w*|recaptur\w*|purg\w*|seiz\w*|free\w*)\b[^#]{0,40}#N#`,
    cues: ['aimed at clearing', 'meant to clear', 'intended to liberate', 'plans to capture'],
    reason: 'an intention to clear an area names the area an operation aims at, not ground already taken',
  },
  {
    id: 'area.targeted.target', metric: 'area', status: 'targeted', applies: 'area', priority: 55,
    pattern: String.raw`\btarget(?:s|ed|ing)?\b[^#]{0,40}#N#`,
    cues: ['targeted', 'targets', 'targeting'],
    reason: 'the area an operation targets',
  },
  {
    id: 'area.remaining.to-go', metric: 'area', status: 'remaining', applies: 'area', priority: 70,
    pattern: String.raw`#N#\s+(?:\w+\s+){0,6}?(?:to go|left to (?:\w+)|yet to be \w+|still to be \w+)\b`,
    cues: ['to go', 'left to clear', 'yet to be liberated'],
    reason: 'area still to be cleared is what remains in the enemy\'s hands',
  },
  {
    id: 'area.remaining.still', metric: 'area', status: 'remaining', applies: 'area', priority: 65,
    pattern: String.raw`#N#[^#]{0,60}?\b(?:(?:is|are|was|were|remains?|remained)\s+still|still\s+(?:under|in|held|controlled|occupied)|remains?\s+(?:under|in|held|controlled|occupied)|remained\s+(?:under|in|held|controlled))\b`,
    cues: ['still under control', 'remain under control', 'still held'],
    reason: '"still" or "remain" marks the ground not yet taken (a stock that shrinks)',
  },
  {
    id: 'area.remaining.left', metric: 'area', status: 'remaining', applies: 'area', priority: 50,
    pattern: String.raw`(?:\bonly\s+(?:\w+\s+)?#N#[^#]{0,40}?\b(?:left|remain\w*|still)\b|\b(?:remaining|last|left with|leaving|leaves)\s+(?:only\s+|just\s+)?#N#)`,
    cues: ['only ... left', 'the remaining', 'left with', 'leaving N in their hands'],
    reason: 'what is left of the pocket',
  },
  {
    id: 'area.besieged', metric: 'area', status: 'besieged', applies: 'area', priority: 60,
    pattern: String.raw`(?:\b(?:under siege|besieged|surrounded|encircled|trapped|cornered|hemmed in|siege)\b[^#]{0,60}#N#|#N#[^#]{0,30}\b(?:under siege|besieged|surrounded|encircled)\b)`,
    cues: ['under siege', 'besieged', 'surrounded', 'encircled', 'trapped'],
    reason: 'a surrounded pocket',
  },
  {
    id: 'area.captured.managed', metric: 'area', status: 'captured', applies: 'area', priority: 62,
    pattern: String.raw`\b(?:managed|succeeded|able)\s+(?:to|in)\s+(?:liberat\w*|captur\w*|clear\w*|seiz\w*|retak\w*|recaptur\w*|free\w*)\s+(?:\w+\s+){0,3}?#N#`,
    cues: ['managed to liberate', 'succeeded in capturing'],
    reason: 'an accomplished capture reported as "managed to"',
  },
  {
    id: 'area.captured.verb', metric: 'area', status: 'captured', applies: 'area', priority: 58,
    pattern: String.raw`(?:\b(?:captured|liberated|seized|recaptured|retook|retaken|cleared|freed|regained|wrested|took control of|taken control of|gained|overran|overrun|liberation of|capture of|control of)\s+(?:\w+\s+){0,4}?#N#|#N#[^#]{0,80}?\b(?:captured|liberated|seized|recaptured|retaken|cleared|freed|regained|taken back|been taken)\b)`,
    cues: ['captured', 'liberated', 'seized', 'recaptured', 'cleared', 'freed', 'retaken'],
    reason: 'ground taken from the enemy (a cumulative figure)',
  },
  {
    id: 'area.held.control', metric: 'area', status: 'held', applies: 'area', priority: 40,
    pattern: String.raw`(?:#N#[^#]{0,60}?\b(?:under\s+(?:[\w'’-]+\s+){0,3}control|controlled by|held by|in the hands of|occupied by)\b|\b(?:control\w*|hold\w*|held|occup\w*)\s+(?:\w+\s+){0,3}?#N#)`,
    cues: ['under control', 'controlled by', 'held by', 'controls', 'holds'],
    reason: 'area under someone\'s control, with no "still"/"remain"',
  },

  // ---------------------------------------------------------------- captives (before casualties: "died in captivity")
  {
    id: 'captives.dead.captivity', metric: 'captives', status: 'dead', applies: 'people', priority: 100,
    pattern: String.raw`#N#[^#]{0,80}?\b(?:killed|died|dead|executed|murdered)\b[^#]{0,30}?\b(?:in|during|while in)\s+captivity\b`,
    cues: ['died in captivity', 'killed during captivity'],
    reason: 'captives who died in captivity are a captive outcome, not battle casualties',
  },
  {
    id: 'captives.held.fate', metric: 'captives', status: 'held', applies: 'people', priority: 78,
    pattern: String.raw`\bfate of\s+(?:the\s+)?(?:\w+\s+)?#N#`,
    cues: ['the fate of'],
    reason: 'the fate of N soldiers is unknown: they are still held or missing',
  },
  {
    // Not "the venue holds 80,000 people": only soldiers and captives are held by someone.
    id: 'captives.held.holding', metric: 'captives', status: 'held', applies: 'people', priority: 74, classes: ['soldiers', 'captives'],
    pattern: String.raw`\b(?:holding|holds|hold|detaining|detains|keeping|keeps|still has)\s+(?:\w+\s+){0,1}?#N#`,
    cues: ['holding', 'holds', 'detaining'],
    reason: 'people a group holds are captives it still has',
  },
  {
    id: 'captives.held.remain', metric: 'captives', status: 'held', applies: 'people', priority: 74,
    pattern: String.raw`#N#[^#]{0,60}?\b(?:(?:remain\w*|still|are|were|is|being)\s+(?:\w+\s+)?(?:held|detained|captive|hostage|in captivity|in custody|missing)|remain\w*\s+in\s+(?:[\w'’-]+\s+){0,3}(?:hands|custody|captivity|prison))\b`,
    cues: ['remain in X hands', 'still held', 'held hostage', 'in captivity'],
    reason: 'captives still in the captors\' hands (a stock)',
  },
  {
    id: 'captives.released', metric: 'captives', status: 'released', applies: 'people', priority: 74,
    pattern: String.raw`(?:\b(?:released|freed|handed over|hand over|handing over|set free|swapped|exchanged|release of|freeing|handover of)\s+(?:[\w'’-]+\s+){0,2}?#N#|#N#[^#]{0,50}?\b(?:released|freed|handed over|set free|swapped)\b)`,
    cues: ['released', 'freed', 'handed over', 'set free', 'swapped'],
    reason: 'captives released (cumulative)',
  },
  {
    id: 'captives.taken.hostage', metric: 'captives', status: 'taken', applies: 'people', priority: 76,
    pattern: String.raw`(?:\b(?:took|take|takes|taking|taken|seized|held)\s+#N#[^#]{0,40}?\b(?:hostages?|captives?|prisoners?)\b|#N#[^#]{0,40}?\b(?:taken|took|were taken|been taken)\s+(?:hostages?|captives?|prisoners?)\b|#N#\s+(?:\w+\s+)?(?:kidnapped|abducted|captured)\s+(?:[A-Z][\w'’-]*\s+)?(?:soldiers|servicemen|troops|policemen|officers|civilians|people|men|women|children|persons|workers|journalists|fighters))`,
    cues: ['took N hostage', 'taken captive', 'N kidnapped soldiers'],
    reason: 'people taken hostage or captive at an event (cumulative)',
  },
  {
    id: 'captives.taken.kidnapped', metric: 'captives', status: 'taken', applies: 'people', priority: 72,
    pattern: String.raw`(?:\b(?:kidnapped|abducted|kidnapping of|abduction of|kidnapping|abducting|captured|capture of|capturing)\s+(?:[\w'’-]+\s+){0,2}?#N#|#N#[^#]{0,50}?\b(?:were|was|have been|had been|been)\s+(?:\w+\s+)?(?:kidnapped|abducted|captured|taken (?:hostage|captive|prisoner))\b)`,
    cues: ['kidnapped', 'abducted', 'captured (people)'],
    reason: 'people kidnapped or captured (cumulative)',
  },

  // ---------------------------------------------------------------- casualties
  {
    id: 'casualties.predicate', metric: 'casualties', status: 'killed', applies: 'people', priority: 82,
    pattern: String.raw`#N#(?:\s+(?!and\b)[\w'’-]+){0,4}?\s+(?:were|was|have been|had been|has been|are|is|being)\s+(?:\w+\s+)?(?:killed|slain|executed|massacred|murdered|martyred|shot dead)\b`,
    cues: ['N people were killed', 'N soldiers have been killed'],
    reason: 'the verb whose subject is the count decides, over cues from a neighbouring clause',
  },
  {
    id: 'casualties.wounded.predicate', metric: 'casualties', status: 'wounded', applies: 'people', priority: 82,
    pattern: String.raw`#N#(?:\s+(?!and\b)[\w'’-]+){0,4}?\s+(?:were|was|have been|had been|has been|are|is|being)\s+(?:\w+\s+)?(?:wounded|injured|hurt)\b`,
    cues: ['N people were wounded', 'N others were injured'],
    reason: 'the verb whose subject is the count decides, over cues from a neighbouring clause',
  },
  {
    id: 'casualties.killed.after', metric: 'casualties', status: 'killed', applies: 'people', priority: 70,
    pattern: String.raw`#N#[^#]{0,70}?\b(?:killed|dead|died|die|deaths?|lost their lives|perished|slain|massacred|martyred|martyrs|executed|lifeless|fatalities|murdered|shot dead|casualties)\b`,
    cues: ['killed', 'dead', 'died', 'deaths', 'martyred', 'executed', 'perished'],
    reason: 'people killed (cumulative)',
  },
  {
    id: 'casualties.killed.before', metric: 'casualties', status: 'killed', applies: 'people', priority: 70,
    pattern: String.raw`\b(?:killing|killed|kills|kill|claimed the lives of|claiming the lives of|death toll|toll|deaths of|bodies of|massacre of|executed|executing|murdered|killed at least|slaughtered)\b(?:\s+[\w'’-]+){0,5}?\s+#N#`,
    cues: ['killing', 'killed', 'death toll rose to', 'claimed the lives of'],
    reason: 'people killed (cumulative)',
  },
  {
    id: 'casualties.killed.toll', metric: 'casualties', status: 'killed', applies: 'people', priority: 90,
    // Distance is measured from the named group `near`: the stretch naming the event does not count.
    pattern: String.raw`\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|victims|fatalities|those killed|martyrs))\b[^#]{0,160}?(?<near>\b(?:rose|risen|rises|rising|climbed|climbs|reached|reaches|jumped|increased|stands|stood|hit|hits|is|was|has been|at|to|of)\s+(?:to\s+|at\s+)?#N#)`,
    cues: ['the death toll rose to', 'the toll stands at', 'the number of victims is'],
    reason: 'a death toll states how many were killed, however long the phrase that names the event',
  },
  {
    id: 'casualties.killed.among', metric: 'casualties', status: 'killed', applies: 'people', priority: 72,
    pattern: String.raw`#N#[^#]{0,40}?\b(?:were|was|are|is)\s+among\s+(?:the\s+)?(?:#Q#\s+)?(?:[\w'’-]+\s+)?(?:killed|dead|victims|fatalities|casualties)\b`,
    cues: ['were among the dead', 'were among 22 people killed'],
    reason: 'a part of a death toll ("six civilians were among 22 killed") is itself a count of the killed',
  },
  {
    id: 'casualties.wounded', metric: 'casualties', status: 'wounded', applies: 'people', priority: 71,
    pattern: String.raw`(?:#N#[^#]{0,50}?\b(?:wounded|injured|hurt|injuries|wounds)\b|\b(?:wounding|injuring|wounded|injured|treated)\s+(?:[\w'’-]+\s+){0,3}?#N#)`,
    cues: ['wounded', 'injured', 'hurt', 'wounding', 'injuring'],
    reason: 'people wounded (cumulative)',
  },

  {
    id: 'casualties.killed.forces', metric: 'casualties', status: 'killed', applies: 'people', priority: 70, classes: ['militants', 'soldiers'],
    pattern: String.raw`\b(?:lost|losing|loses|destroyed|destroying|eliminated|eliminating|neutralized|neutralised|liquidated|wiped out)\s+(?:[\w'’-]+\s+){0,5}?#N#`,
    cues: ['lost 15 fighters', 'eliminated 80 militants', 'destroyed up to 80 terrorists'],
    reason: 'a force that lost or had destroyed N fighters counts them among the killed',
  },

  // ---------------------------------------------------------------- displaced
  {
    id: 'displaced.noun', metric: 'displaced', status: 'present', applies: 'people', priority: 84,
    pattern: String.raw`#N#\s+(?:[\w'’-]+\s+){0,2}?(?:displaced|refugees|evacuees|idps|homeless)\b`,
    cues: ['N displaced', 'N refugees'],
    reason: 'the count\'s own noun says they are displaced, whatever verb a neighbouring clause has',
  },
  {
    id: 'displaced.verb', metric: 'displaced', status: 'present', applies: 'people', priority: 66,
    pattern: String.raw`(?:#N#[^#]{0,60}?\b(?:displaced|fled|flee|fleeing|forced from|uprooted|evacuated|homeless|sheltering|taken refuge|sought refuge|(?:were|was|been)\s+(?:bused|bussed|transferred|relocated|moved)|(?:left|departed)\s+(?:their\s+homes?|the\s+(?:town|city|area|camps?|region|enclave)|[A-Z][\w'’-]+))\b|\b(?:displacing|displaced|evacuation of|evacuating|uprooting|forced out)\s+(?:[\w'’-]+\s+){0,3}?#N#)`,
    cues: ['displaced', 'fled', 'evacuated', 'homeless'],
    reason: 'people driven from their homes',
  },

  // ---------------------------------------------------------------- combatants
  {
    id: 'combatants.position', metric: 'combatants', status: 'present', applies: 'people', priority: 64, classes: ['militants', 'soldiers'],
    pattern: String.raw`#N#[^#]{0,60}?\b(?:(?:are|were|is|was|have been|had been)\s+(?:\w+\s+)?(?:holding|stationed|deployed|based|entrenched|positioned|present|holed up|operating|fighting|using|massing|gathered|concentrated)|strong)\b`,
    cues: ['are holding positions', 'stationed', 'deployed', 'entrenched', 'N-strong'],
    reason: 'the size of a force in place',
  },
  {
    id: 'combatants.sent', metric: 'combatants', status: 'present', applies: 'people', priority: 64, classes: ['militants', 'soldiers'],
    pattern: String.raw`\b(?:sent|sends|send|sending|deployed|deploying|deploys|dispatched|mobilized|mobilised|massed|amassed|numbering|comprising|recruited|trained)\s+(?:[\w'’-]+\s+){0,2}?#N#|\b(?:has|have|had)\s+#N#`,
    cues: ['sent', 'deployed', 'dispatched', 'mobilized', 'numbering'],
    reason: 'a force sent or deployed',
  },
];

/** People nouns, by class; the class decides a default metric when no cue fires. */
export const PEOPLE_CLASSES: Record<string, { nouns: string[]; defaultMetric: string | null; reason: string }> = {
  militants: {
    // Not "members" or "elements": "700,000 society members" are no force.
    nouns: ['militant', 'militants', 'terrorist', 'terrorists', 'jihadist', 'jihadists', 'insurgent', 'insurgents', 'rebel', 'rebels', 'gunman', 'gunmen', 'extremist', 'extremists', 'fighter', 'fighters', 'combatant', 'combatants', 'takfiris', 'mercenaries'],
    defaultMetric: 'combatants',
    reason: 'a count of fighters with no event verb states the size of a force',
  },
  soldiers: {
    nouns: ['soldier', 'soldiers', 'troops', 'servicemen', 'serviceman', 'officer', 'officers', 'policeman', 'policemen', 'police', 'personnel', 'guards', 'guardsmen', 'recruits', 'conscripts', 'marines', 'commandos', 'paratroopers', 'forces', 'army'],
    defaultMetric: 'combatants',
    reason: 'a count of troops with no event verb states the size of a force',
  },
  refugees: {
    nouns: ['refugee', 'refugees', 'displaced', 'evacuees', 'idps', 'migrants', 'asylum-seekers', 'returnees'],
    defaultMetric: 'displaced',
    reason: 'a count of refugees states how many are displaced',
  },
  civilians: {
    nouns: ['martyr', 'martyrs', 'casualties', 'dead', 'civilian', 'civilians', 'people', 'persons', 'person', 'residents', 'villagers', 'inhabitants', 'children', 'child', 'women', 'woman', 'men', 'man', 'boys', 'girls', 'infants', 'babies', 'students', 'workers', 'journalists', 'activist', 'activists', 'reporter', 'reporters', 'photographer', 'photographers', 'volunteer', 'volunteers', 'rescuers', 'rescue workers', 'aid workers', 'employees', 'staff', 'teachers', 'nationals', 'foreigners', 'tourists', 'doctors', 'medics', 'nurses', 'patients', 'worshippers', 'protesters', 'demonstrators', 'citizens', 'family', 'families', 'individuals', 'victims', 'pilgrims', 'passengers', 'teenagers', 'minors', 'elderly', 'adults', 'farmers', 'shepherds', 'fishermen', 'christians', 'muslims', 'kurds', 'yazidis', 'alawites', 'sunnis', 'shiites', 'others'],
    defaultMetric: null,
    reason: 'civilians are counted only when the sentence says what happened to them',
  },
  captives: {
    nouns: ['hostage', 'hostages', 'captive', 'captives', 'prisoner', 'prisoners', 'detainee', 'detainees', 'abductees'],
    defaultMetric: null,
    reason: 'captives are counted only with a verb saying taken, held or released',
  },
};

/** Words that may stand between a number and its people noun ("30 kidnapped servicemen"). */
export const PEOPLE_MODIFIERS = new Set([
  'more', 'other', 'others', 'armed', 'unarmed', 'young', 'innocent', 'foreign', 'local', 'kidnapped', 'abducted', 'captured',
  'wounded', 'injured', 'dead', 'killed', 'fellow', 'pro-government', 'government', 'regime', 'opposition', 'rebel', 'army',
  'security', 'police', 'military', 'allied', 'loyalist', 'militia', 'enemy', 'suspected', 'alleged', 'senior', 'top', 'female',
  'male', 'elderly', 'unidentified', 'unknown', 'displaced', 'registered', 'takfiri', 'jihadi', 'extremist', 'terrorist',
  'resistance', 'border', 'special', 'elite', 'besieged', 'trapped', 'stranded', 'missing', 'of', 'the', 'their', 'its', 'his',
  'her', 'our', 'whom', 'which', 'and',
]);

/**
 * Words right after a bare number that show it counts people already named ("16 were released",
 * "killing 16 and wounding 20"). Such a count is taken only by a casualty or captive cue next to it.
 */
export const PRONOMINAL_FOLLOWERS = /^(?:(?:were|was|have|had|are|is|been|being|remain\w*|died|dead|killed|wounded|injured|from|of them|of whom|among them|others|more|in all|in total|and|in|on|at|near|during|after|when|as|by|across|since|inside)\b|[,.;)]|$)/; // case-sensitive: "IS militants" is a group, not a verb
export const PRONOMINAL_METRICS = new Set(['casualties', 'captives']);
/** Cheap test on a window around a pronominal count: without one of these stems no rule can fire. */
export const PRONOMINAL_CUE_HINT = /kill|dead|die|death|toll|wound|injur|hurt|captiv|hostage|kidnap|abduct|releas|freed|free|held|hold|detain|martyr|massacr|execut|slain|perish|lives|casualt|fatalit|victim|swap|exchang|handed|hand over|fate/i;
/** At most this many words between a cue and a pronominal count. */
export const PRONOMINAL_MAX_GAP = 2;
/** How far before a pronominal count its cue may begin ("the death toll from ... has risen to 70"). */
export const PRONOMINAL_HINT_REACH = 170;

/** A cue under a modal or negation is not a claim ("45 million children will die", "were not killed"). */
export const UNREAL = /\b(?:will|would|could|might|may|shall|not|never|no longer|threaten\w*|risk\w*|feared|fears)\b/i;
