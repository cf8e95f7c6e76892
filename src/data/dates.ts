// Date vocabulary the claims stage needs beyond what chrono-node parses.

/** Phrases that anchor a figure to the publication date: it is true "now". */
export const PRESENT_ANCHORS = /\b(?:so far|to date|up to today|until now|as of now|now|currently|at present|at the moment|thus far|since the (?:start|beginning|launch) of|this week|today|still|remain\w*)\b/i;

/** Present or present-perfect verbs: the statement describes the state at publication. */
export const PRESENT_TENSE = /\b(?:have|has)\s+(?:\w+\s+)?(?:been|[a-z]+(?:ed|en|wn|ne|ook|ught|ost|eft|aid|ept))\b|\b(?:are|is)\s+(?:\w+\s+)?(?:still|holding|under|believed|estimated|thought|living|stationed|deployed|besieged|surrounded|trapped)\b|\b(?:remain|remains|live|lives)\b/i;

/** chrono-node matches that are not dates in news text (DESIGN.md: measured on the seeds). */
export const NOT_A_DATE = /^(?:now|night|tonight|today|tomorrow|the night|noon|midnight|morning|evening|this (?:morning|evening|afternoon))$|^(?:after|before|within|in|for)\s+\w+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$|\b(?:years?|months?|weeks?|days?)\s+(?:after|later|before|earlier)$/i;

/** chrono-node parsers kept: month names, weekdays, relative and casual dates, numeric dates. */
export const CHRONO_PARSERS = new Set([
  'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENMonthNameParser',
  'ENRelativeDateFormatParser', 'ENCasualDateParser', 'ENYearMonthNameParser', 'ENYearMonthDayParser', 'SlashDateFormatParser',
  'ISOFormatParser',
]);

/**
 * Cheap patterns a sentence must match for a chrono parser's own pattern to match it: each is a
 * loosening of that parser's pattern (chrono-node 2.10, locales/en/parsers), so a parser is run
 * only where it could find something and no date is lost. Why: a parser's large pattern is
 * compiled on its first run, and the month-and-day patterns cost more at start-up than the rest
 * of chrono, on runs where no sentence needs them. The gates are looser still where that makes
 * them cheaper to compile (`\s*` for `\s{0,3}`). Parsers not listed always run.
 */
export const CHRONO_PARSER_GATES: Record<string, RegExp> = {
  // "15 August", "3rd-5th of Aug.": a day (digits, or an ordinal word: all end in st/nd/rd/th),
  // then "-", "/" or spaces around an optional "of", then a month.
  ENMonthNameLittleEndianParser: /(?:\d|st|nd|rd|th)[-/]?\s*(?:of)?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  // "August 15", "Aug. 3rd", "May fifth": a month, then "-", "/" or spaces and a comma, then a
  // day: one or two digits not followed by another ("December 2015" is not one), or the start
  // of an ordinal word.
  ENMonthNameMiddleEndianParser: /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:[-/]|\s*,?\s*)(?:\d{1,2}(?!\d)|fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe)/i,
  // "2017 August", "2017 of Aug": a year (digits, or ending in BE/AD/BC/BCE/CE), then a month.
  ENYearMonthNameParser: /(?:\d|be|ad|bc|ce)\s*[-./,]?\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
};

/** A sentence without any of these holds no date expression: chrono is not run on it. */
export const DATE_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|day\b|\b(?:last|this|next|earlier|ago|week|month|year|tonight)\b|\b(?:1[89]|20)\d\d\b|\d[/.-]\d/i;
