// Tokens: strings shared by many claims (outlets, places, dates, claimants, files), each kept
// once with what the reconciler derives from it. A table finds a token by its text, or by the
// bytes of its JSON, so that the NDJSON line scanner (src/cli/commands/claim-line.ts) never
// makes a string for a token already known. Kept apart from store.ts so that a reading worker
// thread can load it without the rest of the reconciler.
import { dateSpan, type DateSpan } from './dates.js';
import type { SubjectKey } from './subject.js';

/** A string shared by many claims, and what has been derived from it (undefined: not yet). */
export class Token {
  /** File: number in order of first use (-1: not used yet). */
  id = -1;
  /** Scope: the normalised scope, and its number among normalised scopes. */
  scope: string | null | undefined = undefined;
  scopeId = -1;
  subject: SubjectKey | undefined = undefined;
  date: DateSpan | null | undefined = undefined;
  /** Claimant: "claimant:<last word>" or null (narration). Outlet or file: the outlet key. */
  key: string | null | undefined = undefined;
  /** Outlet or file: "narration:<outlet key>". */
  narration: string | undefined = undefined;
  /** Status: an increment of it is still a level (a stock). */
  stock: boolean | undefined = undefined;

  constructor(
    readonly text: string,
    /** Index in its table. */
    readonly index: number,
    /** hashBytes of the string as JSON.stringify writes it (without the quotes, in UTF-8). */
    readonly hash: number,
  ) {}
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The hash a TokenTable files a string's JSON bytes under: FNV-1a over 32-bit words (then the
 * last bytes), mixed at the end so that its low bits, which index the table, vary well.
 */
export function hashBytes(view: DataView, start: number, end: number): number {
  let h = FNV_OFFSET;
  let i = start;
  for (; i + 4 <= end; i += 4) h = Math.imul(h ^ view.getUint32(i, true), FNV_PRIME);
  for (; i < end; i++) h = Math.imul(h ^ view.getUint8(i), FNV_PRIME);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** A DataView of bytes (a Buffer or any Uint8Array). */
export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Tokens of one field, found by their text (claims given as objects) or by the bytes of their
 * JSON (lines read by the scanner: no string is made for a token already known). The claims
 * of an article come together, so the previous token is tried first.
 */
export class TokenTable {
  readonly tokens: Token[] = [];
  /** By text: made on first use (a table filled by the scanner alone never needs it). */
  private byText: Map<string, Token> | null = null;
  /** Open addressing on the JSON bytes' hash: token index + 1, 0 for an empty slot. */
  private slots = new Int32Array(64);
  /** The tokens' JSON bytes, one after the other (token i's from jsonAt[i] to jsonAt[i + 1]). */
  private arena = new Uint8Array(1024);
  private arenaView = viewOf(this.arena);
  private jsonAt = [0];
  private last: Token | null = null;

  get(text: string): Token {
    if (this.last !== null && this.last.text === text) return this.last;
    if (this.byText === null) this.byText = new Map(this.tokens.map((t) => [t.text, t]));
    let token = this.byText.get(text);
    if (token === undefined) {
      const json = viewOf(Buffer.from(JSON.stringify(text).slice(1, -1)));
      token = this.byBytes(json, 0, json.byteLength, hashBytes(json, 0, json.byteLength), text);
    }
    return (this.last = token);
  }

  /**
   * The token whose JSON is view[start..end) (a string's contents as JSON.stringify writes
   * them), `hash` their hashBytes; `text`, when known, its value.
   */
  byBytes(view: DataView, start: number, end: number, hash: number, text?: string): Token {
    const last = this.last;
    if (last !== null && last.hash === hash && this.holds(last.index, view, start, end)) return last;
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i]!;
      if (slot === 0) break;
      const token = this.tokens[slot - 1]!;
      if (token.hash === hash && this.holds(token.index, view, start, end)) return (this.last = token);
    }
    const bytes = Buffer.from(view.buffer, view.byteOffset + start, end - start);
    text ??= bytes.includes(0x5c) ? (JSON.parse(`"${bytes.toString('utf8')}"`) as string) : bytes.toString('utf8');
    const token = new Token(text, this.tokens.length, hash);
    this.tokens.push(token);
    this.keep(bytes);
    this.byText?.set(text, token);
    if (this.tokens.length * 2 > this.slots.length) this.rehash();
    else this.place(token);
    return (this.last = token);
  }

  /** The tokens' JSON bytes, one after the other, and where each starts (and the last ends). */
  json(): { bytes: Uint8Array; at: number[] } {
    return { bytes: this.arena.slice(0, this.jsonAt[this.jsonAt.length - 1]), at: this.jsonAt.slice() };
  }

  /** Whether token `index`'s JSON is view[start..end). */
  private holds(index: number, view: DataView, start: number, end: number): boolean {
    const at = this.jsonAt[index]!;
    return this.jsonAt[index + 1]! - at === end - start && sameBytes(this.arenaView, at, view, start, end);
  }

  private keep(bytes: Uint8Array): void {
    const at = this.jsonAt[this.jsonAt.length - 1]!;
    if (at + bytes.length > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, at + bytes.length));
      bigger.set(this.arena.subarray(0, at));
      this.arena = bigger;
      this.arenaView = viewOf(bigger);
    }
    this.arena.set(bytes, at);
    this.jsonAt.push(at + bytes.length);
  }

  private place(token: Token): void {
    const mask = this.slots.length - 1;
    let i = token.hash & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = token.index + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 4);
    for (const token of this.tokens) this.place(token);
  }
}

/** Whether a[at..] holds view[start..end) (the lengths are equal), compared four bytes at a time. */
function sameBytes(a: DataView, at: number, view: DataView, start: number, end: number): boolean {
  const n = end - start;
  let i = 0;
  for (; i + 4 <= n; i += 4) if (a.getUint32(at + i, true) !== view.getUint32(start + i, true)) return false;
  for (; i < n; i++) if (a.getUint8(at + i) !== view.getUint8(start + i)) return false;
  return true;
}

/**
 * A claim as the NDJSON line scanner read it: its tokens (null for a null field; `published`
 * also when asOf already dates the claim) and figures. The scanner reuses one object, so a sink
 * copies what it keeps.
 */
export interface ScannedClaim {
  metric: Token;
  status: Token;
  claimant: Token | null;
  scope: Token | null;
  subject: Token | null;
  asOf: Token | null;
  file: Token;
  outlet: Token | null;
  published: Token | null;
  value: number;
  low: number;
  high: number;
  /** The qualifier's index in Qualifier.options, plus 0x80 for an incremental figure. */
  flags: number;
  spanStart: number;
}

/** The token tables of a LineSink, and the calendar span of each date token (worked out once). */
export abstract class TokenTables {
  readonly metrics = new TokenTable();
  readonly statuses = new TokenTable();
  readonly scopes = new TokenTable();
  readonly subjects = new TokenTable();
  readonly claimants = new TokenTable();
  readonly outlets = new TokenTable();
  readonly dates = new TokenTable();
  readonly files = new TokenTable();

  dateOf(token: Token): DateSpan | null {
    if (token.date === undefined) token.date = dateSpan(token.text);
    return token.date;
  }
}

/** Where the line scanner puts what it reads: a ClaimStore, or a reading worker's own tables. */
export interface LineSink extends TokenTables {
  /** Takes a claim read from bytes[start..end); returns its id. */
  addLine(claim: ScannedClaim, bytes: Buffer, start: number, end: number): number;
}
