// Lines of NDJSON scanned on a reading worker (src/cli/diff-read-worker.ts), as numbers the main
// thread replays into its ClaimStore in input order. The worker has its own token tables: a
// record names tokens by their index there, and the main thread looks each up by its text the
// first time a record uses it, field by field as the scanner would have, so tokens are numbered
// and worked out in the same order as when one thread reads everything.
import { isUtf8 } from 'node:buffer';
import { TokenTable, TokenTables, viewOf, type LineSink, type ScannedClaim, type Token } from '../../reconcile/tokens.js';
import { claimOfLine } from './claim-line.js';
import { linesOf } from './ndjson-lines.js';

/** The token tables a record refers to, in the order of TOKEN_FIELDS. */
export const TABLES = ['metrics', 'statuses', 'claimants', 'scopes', 'subjects', 'dates', 'files', 'outlets', 'dates'] as const;
/** ScannedClaim's token fields, in the order the scanner reads them. */
const TOKEN_FIELDS = ['metric', 'status', 'claimant', 'scope', 'subject', 'asOf', 'file', 'outlet', 'published'] as const;
type TableName = (typeof TABLES)[number];

// A record: what kind of line, where it is, then (a claim) its token indexes (NONE for null) and figures.
const KIND = 0;
const START = 1;
const END = 2;
const TOKENS = 3;
const VALUE = TOKENS + TOKEN_FIELDS.length;
const LOW = VALUE + 1;
const HIGH = VALUE + 2;
const FLAGS = VALUE + 3;
const SPAN_START = VALUE + 4;
const STRIDE = VALUE + 5;
const NONE = -1;

/** A line the scanner took (a claim), or one to parse and check the slow way. */
export const CLAIM_LINE = 0;
export const OTHER_LINE = 1;

/** A worker's tokens of one table: their texts, and their JSON bytes and hashes (to be found by them). */
export interface TableTokens {
  texts: string[];
  hashes: number[];
  json: Uint8Array;
  jsonAt: number[];
}

/** What a worker sends back: one record a line, and its tokens by table. */
export interface LineRecords {
  records: Float64Array;
  count: number;
  tokens: Record<TableName, TableTokens>;
}

/** A LineSink that writes records instead of keeping claims: the worker's side. */
export class RecordSink extends TokenTables implements LineSink {
  private records = new Float64Array(STRIDE * 1024);
  count = 0;

  addLine(claim: ScannedClaim, _bytes: Buffer, start: number, end: number): number {
    const at = this.next(CLAIM_LINE, start, end);
    const r = this.records;
    for (let i = 0; i < TOKEN_FIELDS.length; i++) r[at + TOKENS + i] = claim[TOKEN_FIELDS[i]!]?.index ?? NONE;
    r[at + VALUE] = claim.value;
    r[at + LOW] = claim.low;
    r[at + HIGH] = claim.high;
    r[at + FLAGS] = claim.flags;
    r[at + SPAN_START] = claim.spanStart;
    return this.count - 1;
  }

  /** A line for the main thread to read itself. */
  addOther(start: number, end: number): void {
    this.next(OTHER_LINE, start, end);
  }

  /** The lines of bytes[from..to), each a record. */
  scan(bytes: Buffer, from: number, to: number): void {
    const { starts, ends } = linesOf(bytes, from, to);
    // As readClaims: only valid UTF-8 is kept as a claim's JSON.
    const utf8 = isUtf8(bytes.subarray(from, to));
    for (let i = 0; i < starts.length; i++) {
      if (!utf8 || claimOfLine(bytes, starts[i]!, ends[i]!, this) === null) this.addOther(starts[i]!, ends[i]!);
    }
  }

  result(): LineRecords {
    const texts = (table: TokenTable): TableTokens => {
      const { bytes, at } = table.json();
      return { texts: table.tokens.map((t) => t.text), hashes: table.tokens.map((t) => t.hash), json: bytes, jsonAt: at };
    };
    return {
      records: this.records.subarray(0, this.count * STRIDE),
      count: this.count,
      tokens: {
        metrics: texts(this.metrics), statuses: texts(this.statuses), claimants: texts(this.claimants), scopes: texts(this.scopes),
        subjects: texts(this.subjects), dates: texts(this.dates), files: texts(this.files), outlets: texts(this.outlets),
      },
    };
  }

  private next(kind: number, start: number, end: number): number {
    if ((this.count + 1) * STRIDE > this.records.length) {
      const bigger = new Float64Array(this.records.length * 2);
      bigger.set(this.records);
      this.records = bigger;
    }
    const at = this.count++ * STRIDE;
    this.records[at + KIND] = kind;
    this.records[at + START] = start;
    this.records[at + END] = end;
    return at;
  }
}

/**
 * Replays records into `sink` (a ClaimStore), in order. Every line is first shown to `line`
 * (its range, and whether the worker read it as a claim); a claim it returns true for goes to
 * sink.addLine with the sink's own tokens. The caller reads any other line itself (and reads
 * claims whole too once it has met a JSON array).
 */
export function replayRecords(
  { records, count, tokens }: LineRecords,
  bytes: Buffer,
  sink: LineSink,
  line: (start: number, end: number, isClaim: boolean) => boolean,
): void {
  const tables = TABLES.map((name) => sink[name]);
  const theirs = TABLES.map((name) => tokens[name]);
  const views = theirs.map((t) => viewOf(t.json));
  // Filled in advance, so that setting an entry never makes a sparse array (slow to index).
  const mapped = theirs.map((t) => new Array<Token | undefined>(t.texts.length).fill(undefined));
  // Date fields share one table: one map for both.
  mapped[TOKEN_FIELDS.indexOf('published')] = mapped[TOKEN_FIELDS.indexOf('asOf')]!;
  const claim: ScannedClaim = {
    metric: null as unknown as Token, status: null as unknown as Token, claimant: null, scope: null, subject: null, asOf: null,
    file: null as unknown as Token, outlet: null, published: null, value: 0, low: 0, high: 0, flags: 0, spanStart: 0,
  };
  const token = (field: number, index: number): Token | null => {
    if (index === NONE) return null;
    const map = mapped[field]!;
    // Found by its JSON bytes, as the scanner finds a token: no string to encode and hash again.
    const t = theirs[field]!;
    return (map[index] ??= tables[field]!.byBytes(views[field]!, t.jsonAt[index]!, t.jsonAt[index + 1]!, t.hashes[index]!, t.texts[index]!));
  };
  for (let k = 0; k < count; k++) {
    const at = k * STRIDE;
    const kind = records[at + KIND]!;
    const start = records[at + START]!;
    const end = records[at + END]!;
    if (!line(start, end, kind === CLAIM_LINE) || kind !== CLAIM_LINE) continue;
    claim.metric = token(0, records[at + TOKENS]!)!;
    claim.status = token(1, records[at + TOKENS + 1]!)!;
    claim.claimant = token(2, records[at + TOKENS + 2]!);
    claim.scope = token(3, records[at + TOKENS + 3]!);
    claim.subject = token(4, records[at + TOKENS + 4]!);
    claim.asOf = token(5, records[at + TOKENS + 5]!);
    claim.file = token(6, records[at + TOKENS + 6]!)!;
    claim.outlet = token(7, records[at + TOKENS + 7]!);
    claim.published = token(8, records[at + TOKENS + 8]!);
    claim.value = records[at + VALUE]!;
    claim.low = records[at + LOW]!;
    claim.high = records[at + HIGH]!;
    claim.flags = records[at + FLAGS]!;
    claim.spanStart = records[at + SPAN_START]!;
    sink.addLine(claim, bytes, start, end);
  }
}
