// A claim read from one NDJSON line, without JSON.parse or zod. A million claims cost some 7 s
// to parse and 3 s more to check with zod; most of each line (text, sentence, id) is never
// looked at by the reconciler. So a line is matched against the exact text that
// `JSON.stringify(Claim.parse(JSON.parse(line)))` would give back (keys in schema order, no
// spaces, numbers and escapes as JSON.stringify writes them). A line that matches is a valid
// claim whose JSON output is the line itself: the fields the reconciler reads are taken from the
// match into a ClaimStore, which keeps the line's bytes for the writer to copy (and to parse,
// should a claim be wanted whole).
// Any other line (reordered keys, spaces, unusual escapes, a bad field) returns null, and the
// caller parses and checks it with zod as before, which also words the errors.
import { Qualifier, type Claim } from '../../model.js';
import { hashBytes, type LineSink, type ScannedClaim, type Token, type TokenTable } from '../../reconcile/tokens.js';

type Kind = 'string' | 'number' | 'span' | 'boolean' | 'isoDate' | 'qualifier' | 'strings' | LineField[];

export interface LineField {
  key: string;
  kind: Kind;
  nullable?: boolean;
  optional?: boolean;
  /** Captured for the reconciler; the others are only checked. */
  capture?: boolean;
}

/** The Claim schema's keys in order (tests/cli/diff-lines.test.ts holds this to src/model.ts). */
export const CLAIM_LINE: LineField[] = [
  { key: 'id', kind: 'string' },
  { key: 'metric', kind: 'string', capture: true },
  { key: 'status', kind: 'string', capture: true },
  { key: 'value', kind: 'number', capture: true },
  { key: 'low', kind: 'number', capture: true },
  { key: 'high', kind: 'number', capture: true },
  { key: 'unit', kind: 'string' },
  { key: 'qualifier', kind: 'qualifier', capture: true },
  { key: 'incremental', kind: 'boolean', capture: true },
  { key: 'text', kind: 'string' },
  { key: 'sentence', kind: 'string' },
  { key: 'span', kind: 'span', capture: true },
  { key: 'claimant', kind: 'string', nullable: true, capture: true },
  { key: 'scope', kind: 'string', nullable: true, capture: true },
  { key: 'subject', kind: 'string', nullable: true, capture: true },
  { key: 'asOf', kind: 'isoDate', nullable: true, capture: true },
  {
    key: 'source',
    kind: [
      { key: 'file', kind: 'string', capture: true },
      { key: 'outlet', kind: 'string', nullable: true, capture: true },
      { key: 'url', kind: 'string', nullable: true },
      { key: 'published', kind: 'isoDate', nullable: true, capture: true },
    ],
  },
  { key: 'evidence', kind: [{ key: 'rule', kind: 'string' }, { key: 'cue', kind: 'string' }, { key: 'reason', kind: 'string', optional: true }] },
  { key: 'inferred', kind: 'strings' },
];

// The scanner: CLAIM_LINE compiled to steps, each a literal (keys and punctuation) and a value.
interface Step {
  literal: Literal;
  field: LineField | null;
  /** Where a captured value goes (ScannedClaim's field of that name), or 'none'. */
  slot: string;
}

/** Bytes to match, also as little-endian 32-bit words so that most are compared four at a time. */
interface Literal {
  bytes: Uint8Array;
  words: Uint32Array;
}

function literalOf(text: string): Literal {
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  const view = new DataView(bytes.buffer);
  return { bytes, words: Uint32Array.from({ length: bytes.length >> 2 }, (_, i) => view.getUint32(i * 4, true)) };
}

function compile(fields: LineField[], steps: Step[], before: string): string {
  fields.forEach((field, i) => {
    const literal = `${before}${i ? ',' : ''}"${field.key}":`;
    before = '';
    if (Array.isArray(field.kind)) before = `${compile(field.kind, steps, `${literal}{`)}}`;
    else {
      if (field.optional && literal.length > field.key.length + 4) throw new Error(`claim line: optional ${field.key} after a literal`);
      steps.push({ literal: literalOf(literal), field, slot: field.capture ? field.key : 'none' });
    }
  });
  return before;
}

const STEPS: Step[] = [];
STEPS.push({ literal: literalOf(`${compile(CLAIM_LINE, STEPS, '{')}}`), field: null, slot: 'none' });
const QUALIFIERS = Qualifier.options.map((q) => literalOf(`"${q}"`));
const NULL = literalOf('null');
const TRUE = literalOf('true');
const FALSE = literalOf('false');
const SPAN_OPEN = literalOf('[');
const SPAN_CLOSE = literalOf(']');
const COMMA = literalOf(',');

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const ZERO = 0x30;
const NINE = 0x39;
const MINUS = 0x2d;
const DOT = 0x2e;
const INCREMENTAL = 0x80;

/**
 * Bytes taken by the escape at `p` (a backslash) if JSON.stringify writes it so, else 0:
 * \" \\ \b \f \n \r \t, and \u00XX (lower-case) for the other control characters.
 */
function escapeLength(b: Uint8Array, p: number): number {
  const c = b[p + 1];
  if (c === QUOTE || c === BACKSLASH || c === 0x62 || c === 0x66 || c === 0x6e || c === 0x72 || c === 0x74) return 2;
  if (c !== 0x75 || b[p + 2] !== ZERO || b[p + 3] !== ZERO) return 0;
  const hi = b[p + 4];
  const lo = b[p + 5]!;
  const hex = (lo >= ZERO && lo <= NINE) || (lo >= 0x61 && lo <= 0x66);
  if (hi === 0x31) return hex ? 6 : 0;
  // \u0000-\u0007, \u000b, \u000e, \u000f: the rest of 00-0f have short forms.
  return hi === ZERO && ((lo >= ZERO && lo <= 0x37) || lo === 0x62 || lo === 0x65 || lo === 0x66) ? 6 : 0;
}

/**
 * Whether a 32-bit word holds a byte that ends or interrupts a string's plain run: a quote, a
 * backslash or a control character. (Bit tricks: a byte below 0x20 or equal to 0 after an XOR
 * borrows and sets its top bit; bytes of 0x80 and up never do. A borrow can flag a byte above
 * a flagged one too, which only sends the scan to the slow path a little early.)
 */
function special(w: number): boolean {
  const quote = w ^ 0x22222222;
  const backslash = w ^ 0x5c5c5c5c;
  return ((((w - 0x20202020) & ~w) | ((quote - 0x01010101) & ~quote) | ((backslash - 0x01010101) & ~backslash)) & 0x80808080) !== 0;
}

/**
 * Reads one line's bytes as a claim written by JSON.stringify. Each method reads at `p` and
 * moves past what it read, or returns false; words are read only within the line. The byte
 * after a line is its "\n" (or "\r"), or there is none: either stops a byte-wise loop.
 */
class LineScanner implements ScannedClaim {
  b: Uint8Array = new Uint8Array(0);
  view = new DataView(this.b.buffer);
  p = 0;
  end = 0;
  /** The last string read: its contents' range, their hash (when asked for). */
  start = 0;
  stop = 0;
  hash = 0;
  /** The last number read. */
  number = 0;
  // The claim read (ScannedClaim).
  metric = null as unknown as Token;
  status = null as unknown as Token;
  claimant: Token | null = null;
  scope: Token | null = null;
  subject: Token | null = null;
  asOf: Token | null = null;
  file = null as unknown as Token;
  outlet: Token | null = null;
  published: Token | null = null;
  value = 0;
  low = 0;
  high = 0;
  flags = 0;
  spanStart = 0;

  reset(bytes: Uint8Array, start: number, end: number): void {
    if (bytes !== this.b) {
      this.b = bytes;
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    this.p = start;
    this.end = end;
    this.claimant = this.scope = this.subject = this.asOf = this.outlet = this.published = null;
    this.flags = 0;
  }

  literal(literal: Literal): boolean {
    const { bytes, words } = literal;
    const p = this.p;
    if (p + bytes.length > this.end) return false;
    const view = this.view;
    for (let i = 0; i < words.length; i++) if (view.getUint32(p + i * 4, true) !== words[i]) return false;
    for (let i = words.length * 4; i < bytes.length; i++) if (this.b[p + i] !== bytes[i]) return false;
    this.p = p + bytes.length;
    return true;
  }

  /** A string; with `hashed`, hashBytes of its contents too. */
  string(hashed: boolean): boolean {
    const b = this.b;
    const view = this.view;
    const end = this.end;
    let p = this.p;
    if (b[p] !== QUOTE) return false;
    const start = ++p;
    for (;;) {
      // Four plain bytes at a time; a word with anything else is read a byte at a time.
      if (p + 4 <= end && !special(view.getUint32(p, true))) {
        p += 4;
        continue;
      }
      const c = b[p]!;
      if (c === QUOTE) break;
      // Not a control character (nor past the line: undefined fails this test too).
      if (!(c >= 0x20)) return false;
      if (c === BACKSLASH) {
        const n = escapeLength(b, p);
        if (n === 0) return false;
        p += n;
      } else p++;
    }
    this.start = start;
    this.stop = p;
    this.p = p + 1;
    if (hashed) this.hash = hashBytes(view, start, p);
    return true;
  }

  /** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD, as IsoDate in src/model.ts), hashed like a string. */
  isoDate(): boolean {
    const b = this.b;
    const p = this.p;
    if (b[p] !== QUOTE || !digits(b, p + 1, 4)) return false;
    let q = p + 5;
    if (b[q] === MINUS && digits(b, q + 1, 2)) {
      q += 3;
      if (b[q] === MINUS && digits(b, q + 1, 2)) q += 3;
    }
    if (b[q] !== QUOTE) return false;
    this.start = p + 1;
    this.stop = q;
    this.hash = hashBytes(this.view, p + 1, q);
    this.p = q + 1;
    return true;
  }

  /** A number as JSON.stringify writes it (no exponent: those go the slow way). */
  numeral(): boolean {
    const b = this.b;
    const start = this.p;
    let p = start;
    const negative = b[p] === MINUS;
    if (negative) p++;
    const first = p;
    let value = 0;
    if (b[p] === ZERO) p++;
    else {
      for (let c = b[p]!; c >= ZERO && c <= NINE; c = b[++p]!) value = value * 10 + (c - ZERO);
      if (p === first) return false;
    }
    const integer = p - first;
    if (b[p] === DOT) {
      const dot = ++p;
      while (b[p]! >= ZERO && b[p]! <= NINE) p++;
      if (p === dot) return false;
    }
    this.p = p;
    if (p - first === integer && integer <= 15) {
      // An integer of at most 15 digits is written as itself, but for minus zero.
      if (negative && value === 0) return false;
      this.number = negative ? -value : value;
      return true;
    }
    // Fractions and long integers: exactly as JSON.stringify would write the number, or not at all.
    const text = Buffer.from(b.buffer, b.byteOffset + start, p - start).toString('latin1');
    this.number = Number(text);
    return String(this.number) === text;
  }

  /** An offset: a non-negative safe integer (at most 15 digits, no leading zero). */
  index(): boolean {
    const p = this.p;
    if (this.b[p] === MINUS || !this.numeral()) return false;
    return this.p - p <= 15 && Number.isInteger(this.number);
  }

  /** A list of strings. */
  strings(): boolean {
    if (this.b[this.p] !== 0x5b) return false;
    this.p++;
    if (this.b[this.p] === 0x5d) {
      this.p++;
      return true;
    }
    for (;;) {
      if (!this.string(false)) return false;
      const c = this.b[this.p++];
      if (c === 0x5d) return true;
      if (c !== 0x2c) return false;
    }
  }

  /** The token of the last string or date read, in `table`. */
  token(table: TokenTable): Token {
    return table.byBytes(this.view, this.start, this.stop, this.hash);
  }
}

function digits(b: Uint8Array, p: number, n: number): boolean {
  for (let i = p; i < p + n; i++) if (!(b[i]! >= ZERO && b[i]! <= NINE)) return false;
  return true;
}

const scanner = new LineScanner();

/** claimOfLine's answer for a claim of another metric than the one asked for. */
export const OTHER_METRIC = -2;

/**
 * Adds the claim on line bytes[start..end) to `store` (a ClaimStore, or a reading worker's sink)
 * and returns its id; null when the line is not written the way JSON.stringify writes a claim;
 * OTHER_METRIC (and nothing added) when its metric is not `metric`. The bytes must be valid
 * UTF-8: the store keeps them as the claim's JSON.
 */
export function claimOfLine(bytes: Buffer, start: number, end: number, store: LineSink, metric?: string): number | null {
  const s = scanner;
  s.reset(bytes, start, end);
  for (const step of STEPS) {
    const field = step.field;
    if (!s.literal(step.literal)) {
      if (field?.optional) continue;
      return null;
    }
    if (field === null) break;
    if (field.nullable && s.literal(NULL)) continue;
    const slot = step.slot;
    switch (field.kind) {
      case 'string':
        if (!s.string(slot !== 'none')) return null;
        if (slot === 'metric') s.metric = s.token(store.metrics);
        else if (slot === 'status') s.status = s.token(store.statuses);
        else if (slot === 'claimant') s.claimant = s.token(store.claimants);
        else if (slot === 'scope') s.scope = s.token(store.scopes);
        else if (slot === 'subject') s.subject = s.token(store.subjects);
        else if (slot === 'file') s.file = s.token(store.files);
        else if (slot === 'outlet') s.outlet = s.token(store.outlets);
        break;
      case 'isoDate':
        if (!s.isoDate()) return null;
        if (slot === 'asOf') s.asOf = s.token(store.dates);
        // The publication date only dates a claim without a usable asOf: the line keeps it in any case.
        else if (slot === 'published' && (s.asOf === null || store.dateOf(s.asOf) === null)) s.published = s.token(store.dates);
        break;
      case 'number':
        if (!s.numeral()) return null;
        if (slot === 'value') s.value = s.number;
        else if (slot === 'low') s.low = s.number;
        else if (slot === 'high') s.high = s.number;
        break;
      case 'qualifier': {
        let q = 0;
        while (q < QUALIFIERS.length && !s.literal(QUALIFIERS[q]!)) q++;
        if (q === QUALIFIERS.length) return null;
        s.flags |= q;
        break;
      }
      case 'boolean':
        if (s.literal(TRUE)) s.flags |= INCREMENTAL;
        else if (!s.literal(FALSE)) return null;
        break;
      case 'span':
        if (!s.literal(SPAN_OPEN) || !s.index()) return null;
        s.spanStart = s.number;
        if (!s.literal(COMMA) || !s.index() || !s.literal(SPAN_CLOSE)) return null;
        break;
      case 'strings':
        if (!s.strings()) return null;
        break;
      default:
        return null;
    }
  }
  if (s.p !== end) return null;
  if (metric !== undefined && s.metric.text !== metric) return OTHER_METRIC;
  return store.addLine(s, bytes, start, end);
}
