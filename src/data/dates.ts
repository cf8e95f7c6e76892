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

/** A sentence without any of these holds no date expression: chrono is not run on it. */
export const DATE_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|day\b|\b(?:last|this|next|earlier|ago|week|month|year|tonight)\b|\b(?:1[89]|20)\d\d\b|\d[/.-]\d/i;
