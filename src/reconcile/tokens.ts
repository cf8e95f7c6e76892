// Tokens: strings shared by many claims (outlets, places, dates, claimants, files), each kept
// once with what the reconciler derives from it. A table finds a token by its text, or by the
// bytes of its JSON, so that the NDJSON line scanner (src/cli/commands/claim-line.ts) never
// makes a string for a token already known. Kept apart from store.ts so that a reading worker
// thread can load it without the rest of the reconciler.
import type { Claim } from '../model.js';
import type { DateSpan } from './dates.js';
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
    /** The string as JSON.stringify writes it, without the quotes, in UTF-8; and its hash (hashBytes). */
    readonly json: Uint8Array,
    readonly hash: number,
  ) {}
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of bytes: the hash a TokenTable files a string's JSON bytes under (the line scanner computes it as it reads). */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return h;
}

export { FNV_OFFSET, FNV_PRIME };

/**
 * Tokens of one field, found by their text (claims given as objects) or by the bytes of their
 * JSON (lines read by the scanner: no string is made for a token already known). The claims
 * of an article come together, so the previous token is tried first.
 */
export class TokenTable {
  readonly tokens: Token[] = [];
  private readonly byText = new Map<string, Token>();
  /** Open addressing on the JSON bytes' hash: token index + 1, 0 for an empty slot. */
  private slots = new Int32Array(64);
  private last: Token | null = null;

  get(text: string): Token {
    if (this.last !== null && this.last.text === text) return this.last;
    let token = this.byText.get(text);
    if (token === undefined) {
      const json = Buffer.from(JSON.stringify(text).slice(1, -1));
      token = this.byBytes(json, 0, json.length, hashBytes(json, 0, json.length), text);
    }
    return (this.last = token);
  }

  /**
   * The token whose JSON is bytes[start..end) (a string's contents as JSON.stringify writes
   * them), `hash` their hashBytes; `text`, when known, its value.
   */
  byBytes(bytes: Uint8Array, start: number, end: number, hash: number, text?: string): Token {
    const last = this.last;
    if (last !== null && last.hash === hash && sameBytes(last.json, bytes, start, end)) return last;
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i]!;
      if (slot === 0) break;
      const token = this.tokens[slot - 1]!;
      if (token.hash === hash && sameBytes(token.json, bytes, start, end)) return (this.last = token);
    }
    const json = Uint8Array.prototype.slice.call(bytes, start, end);
    text ??= JSON.parse(`"${Buffer.from(json.buffer, json.byteOffset, json.length).toString('utf8')}"`) as string;
    const token = new Token(text, this.tokens.length, json, hash);
    this.tokens.push(token);
    this.byText.set(text, token);
    if (this.tokens.length * 2 > this.slots.length) this.rehash();
    else this.place(token);
    return (this.last = token);
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

function sameBytes(json: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (json.length !== end - start) return false;
  for (let i = 0; i < json.length; i++) if (json[i] !== bytes[start + i]) return false;
  return true;
}

/** Tokens of one claim, as the NDJSON reader has them; null for a null field. */
export interface ClaimTokens {
  metric: Token;
  status: Token;
  claimant: Token | null;
  scope: Token | null;
  subject: Token | null;
  asOf: Token | null;
  file: Token;
  outlet: Token | null;
  published: Token | null;
}

/** Figures of one claim, as the NDJSON reader has them. */
export interface ClaimFigures {
  value: number;
  low: number;
  high: number;
  qualifier: Claim['qualifier'];
  incremental: boolean;
  spanStart: number;
}

/** Where the line scanner puts what it reads: a ClaimStore, or a reading worker's own tables. */
export interface LineSink {
  metrics: TokenTable;
  statuses: TokenTable;
  scopes: TokenTable;
  subjects: TokenTable;
  claimants: TokenTable;
  outlets: TokenTable;
  dates: TokenTable;
  files: TokenTable;
  /** The calendar span of a date token. */
  dateOf(token: Token): DateSpan | null;
  /** Takes a claim read from bytes[start..end); returns its id. */
  addLine(tokens: ClaimTokens, figures: ClaimFigures, bytes: Buffer, start: number, end: number): number;
}
