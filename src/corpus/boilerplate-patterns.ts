// Page furniture that follows an article body on news sites: what it looks like, as data.
// boilerplate.ts applies it, only ever to the end of a text, so offsets into the body stay valid.

/**
 * A whole line that is furniture wherever it stands in the tail (copyright, related lists,
 * sharing). Only lines up to FURNITURE_MAX_LENGTH count: a long paragraph is article text.
 */
export const FURNITURE_LINES: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /©|\(c\)\s*\d{4}|^\s*copyright\b/i, reason: 'copyright notice' },
  { pattern: /\ball rights reserved\b/i, reason: 'rights notice' },
  { pattern: /^\s*(site )?(maintained|designed|developed|powered|hosted) by\b|(maintained|designed) and (developed|maintained|designed) by\b/i, reason: 'site credits' },
  { pattern: /\bGMT\s+\d{1,2}:\d{2}\s+\d{4}\b/, reason: 'related headline glued to its timestamp' },
  { pattern: /^\s*(\d{1,2}:\d{2}\s*(GMT|UTC)?\s*)?(\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4})\s*(\d{1,2}:\d{2}\s*(GMT|UTC)?)?\s*$/i, reason: 'bare timestamp' },
  { pattern: /^\s*(read more|read also|see also|related( articles| stories| news| posts| topics)?|more on this( story)?|recommended( for you)?|you may also like|most (read|popular|viewed)|trending( now)?|latest news|more stories)\s*(:.*)?$/i, reason: 'related-articles header' },
  { pattern: /^\s*(share( this( article| story| page)?)?( on| via)?|follow us( on)?|subscribe( to| for)?|sign up( for)?|join us on|like us on|click here|tweet( this)?|email( this)?( article)?|print( this)?( article)?|comments?)\b.{0,80}$/i, reason: 'share or subscribe line' },
  { pattern: /^\s*(facebook|twitter|whatsapp|telegram|linkedin|instagram|youtube|reddit|email|print)(\s*[|·•,/]?\s*(facebook|twitter|whatsapp|telegram|linkedin|instagram|youtube|reddit|email|print))*\s*$/i, reason: 'social links' },
  { pattern: /^\s*tags?\s*:/i, reason: 'tag list' },
  { pattern: /^(?=.{0,120}$).*\b(privacy policy|terms of (use|service)|cookie policy|contact us|about us|advertise with us)\b/i, reason: 'site links' },
];

/**
 * A "source: Alarabiya" line: names the outlet and ends the article body. Only a short line
 * counts, so a sentence that begins with "Source:" inside the text does not.
 */
export const SOURCE_LINE = /^[ \t]*sources?[ \t]*:[ \t]*([^\n:]{2,60}?)[ \t]*$/im;

/**
 * A pattern for the end of a text, and its cues: lower-case words of which every match contains
 * one. Looking for them is a plain substring search, so the pattern (anchored at the end, or
 * behind a lookbehind, which regex engines try at every offset) runs only on the rare text that
 * has the words at all.
 */
export interface TailPattern {
  pattern: RegExp;
  cues: readonly string[];
  reason: string;
}

/** Furniture glued to the end of the last paragraph, for sites that put a page on one line. */
export const FURNITURE_TAILS: readonly TailPattern[] = [
  { pattern: /\s*\bread (also|more)\s*:?\s*$/i, cues: ['read also', 'read more'], reason: 'related-articles header' },
  { pattern: /(?<=[.!?)"”\]])\s*\b(twitter|facebook|whatsapp|telegram)\s*$/i, cues: ['twitter', 'facebook', 'whatsapp', 'telegram'], reason: 'social link' },
  { pattern: /\s*\bOur Standards:.*$/, cues: ['our standards:'], reason: 'publisher standards link' },
  { pattern: /\s*\bCommunity standards\s*Discussion\b.*$/i, cues: ['community standards'], reason: 'comments widget' },
  {
    pattern: /(\s*\b(Contact Us|Legal|Terms of Use|Privacy Policy|Cookie Policy|About Us|Advertise|Releases|Documentary)\b){3,}\s*$/i,
    cues: ['contact us', 'legal', 'terms of use', 'privacy policy', 'cookie policy', 'about us', 'advertise', 'releases', 'documentary'],
    reason: 'site links',
  },
];

export const FURNITURE_MAX_LENGTH = 300;

/** Sentence-final punctuation: a tail line without it reads like a headline in a related list. */
export const SENTENCE_END = /[.!?:;"”’')\]…]\s*$/;

/** Longest line that may be a related-article headline. */
export const HEADLINE_MAX_LENGTH = 160;

/** What furniture on a one-line page comes after: the end of a sentence, then space. */
export const AFTER_SENTENCE_END = String.raw`[.!?"”)]\s+`;

/**
 * Phrases that begin the page furniture when a site puts everything on one line ("... said.
 * Follow us on Instagram. ... Copyright 2018 TRT World. ... Privacy Policy"). Cut from the
 * earliest one found after a sentence end (AFTER_SENTENCE_END) within the last TAIL_WINDOW characters.
 */
export const FURNITURE_STARTS: readonly TailPattern[] = [
  { pattern: new RegExp(String.raw`(?<=${AFTER_SENTENCE_END})(Copyright\s*(©\s*)?\d{4}|©\s*\d{4})`, 'g'), cues: ['copyright', '©'], reason: 'copyright notice' },
  { pattern: new RegExp(String.raw`(?<=${AFTER_SENTENCE_END})All rights reserved\b`, 'gi'), cues: ['all rights reserved'], reason: 'rights notice' },
  {
    pattern: new RegExp(String.raw`(?<=${AFTER_SENTENCE_END})(Follow us on|Subscribe to our|Sign up for our|Like us on Facebook|Share this (article|story))\b`, 'gi'),
    cues: ['follow us on', 'subscribe to our', 'sign up for our', 'like us on facebook', 'share this'],
    reason: 'share or subscribe line',
  },
];

/** How far from the end a one-line page's furniture may begin. */
export const TAIL_WINDOW = 1500;
