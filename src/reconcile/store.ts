// Claims as rows of numbers. A million claims as objects (and a million entries beside them)
// keep the garbage collector busy for longer than reconciling takes; as one typed array they
// are 136 bytes each and nothing for it to trace. Strings shared by many claims (outlets,
// places, dates, claimants, files) become tokens, each looked up once per claim, and what the
// reconciler derives from one (normalised scope, subject key, date span, claimant and outlet
// keys) is worked out once per token, the first time a claim uses it, in input order.
// Entries (entry.ts) are filled from the rows a partition at a time, and reused for the next.
import type { Claim } from '../model.js';
import { Qualifier } from '../model.js';
import type { RuleSet } from '../claims/rules.js';
import { claimantWord, outletText, scopeCacheOf, scopeWith, type ClaimFacts, type Entry, type ScopeCache } from './entry.js';
import { partitionKey } from './group.js';
import { haloOf } from './interval.js';
import { timeKindOf } from './kinds.js';
import { subjectKey, type SubjectKey } from './subject.js';
import { TokenTable, TokenTables, type LineSink, type ScannedClaim, type Token } from './tokens.js';

/** The claims of one (metric, status, scope), by id in input order: grouping splits these further. */
export interface Partition {
  key: string;
  /** Of its first claim. */
  metric: string;
  status: string;
  scope: string | null;
  /** Its number, in order of first claim. */
  number: number;
  /** Set by ClaimStore.finish(). */
  ids: Int32Array;
}

const NO_IDS = new Int32Array(0);
const NO_SUBJECT: SubjectKey = { cls: null, side: null };
const QUALIFIERS: readonly Claim['qualifier'][] = Qualifier.options;
const NONE = -1;
// A claim's row: its figures, flags, token indexes (NONE for null) and the line it came from
// (RAW_BUFFER NONE: the claim was given as an object). RANK: its file's rank, set by finish().
const VALUE = 0;
const LOW = 1;
const HIGH = 2;
const SPAN_START = 3;
const FLAGS = 4;
const METRIC = 5;
const STATUS = 6;
const CLAIMANT = 7;
const SCOPE = 8;
const SUBJECT = 9;
const DATE = 10;
const FILE = 11;
const OUTLET = 12;
const RAW_BUFFER = 13;
const RAW_START = 14;
const RAW_END = 15;
const RANK = 16;
const STRIDE = 17;
const ARENA_BLOCK = 16 << 20;

/** The fields of an entry, in the order fill() sets them: every entry has one shape. */
const BLANK: Entry = {
  seq: 0, metric: '', status: '', value: 0, scope: null, subject: { cls: null, side: null }, subjectText: null, date: null,
  low: 0, high: 0, claimant: '', outlet: '', level: true, fileRank: 0, position: 0, dateStart: 0, dateEnd: 0, offset: 0,
};

/**
 * A number read from the rows, as a small integer when it is one: V8 keeps an object's field of
 * small integers inline, but boxes one that has held a fraction, and an entry would then cost
 * a box per number (a million entries are made).
 */
function small(n: number): number {
  return (n | 0) === n ? n | 0 : n;
}

/** An undated entry's date for ordering: after every date (a small integer, unlike Infinity, is stored unboxed). */
const UNDATED = 2 ** 30;
/** Flags: the qualifier's index, and this bit for an incremental figure. */
const INCREMENTAL = 0x80;
const EXACT = QUALIFIERS.indexOf('exact');

/** Claims added in input order, as columns; ids are their positions. */
export class ClaimStore extends TokenTables implements LineSink {
  /** Partitions by key, in order of their first claim. */
  readonly partitions = new Map<string, Partition>();
  size = 0;

  private capacity = 1024;
  /**
   * One row of STRIDE numbers a claim: reconciling reads the claims of a partition, scattered
   * over the input, and a row is two cache lines where separate columns would be sixteen.
   */
  private rows = new Float64Array(this.capacity * STRIDE);
  private readonly buffers: Buffer[] = [];
  private lastBuffer: Buffer | null = null;
  /** Claims given as objects, by id (null for claims read from a line). */
  private readonly objects: (Claim | null)[] = [];

  private readonly scopeCache: ScopeCache;
  /** Normalised scopes ('' for none) -> number, and back. */
  private readonly scopeIds = new Map<string, number>();
  private readonly scopeTexts: string[] = [];
  private readonly noScope = this.scopeIdOf('');
  /** Partitions by normalised scope, metric and status numbers: indexing, not hashing. */
  private readonly index: Partition[][][] = [];
  private readonly fileNames: string[] = [];
  /**
   * Each claim's partition number. Partitions get their ids at finish() (a counting sort):
   * pushing each claim onto its partition's list as it is read cost a cache miss a claim.
   */
  private partitionNumbers = new Int32Array(this.capacity);
  private readonly partitionList: Partition[] = [];
  /** Claims whose RANK is set and partitions filled (finish). */
  private ranked = -1;

  /** Where lines are copied (copyLines): blocks of ARENA_BLOCK bytes, the last one being filled. */
  private arena: Buffer | null = null;
  private arenaUsed = 0;

  /**
   * `copyLines`: keep a copy of each line read instead of the buffer it is in. With --metric, most
   * lines are not kept, and a line kept would otherwise keep its whole buffer (600 MB for a
   * million claims) from being freed.
   */
  constructor(readonly rules: RuleSet, private readonly options: { copyLines?: boolean } = {}) {
    super();
    this.scopeCache = scopeCacheOf(rules);
  }

  /** A claim as an object (extracted, or parsed by zod). */
  add(claim: Claim): number {
    const nullable = (table: TokenTable, s: string | null) => (s === null ? null : table.get(s));
    const source = claim.source;
    const id = this.addScanned({
      metric: this.metrics.get(claim.metric),
      status: this.statuses.get(claim.status),
      claimant: nullable(this.claimants, claim.claimant),
      scope: nullable(this.scopes, claim.scope),
      subject: nullable(this.subjects, claim.subject),
      asOf: nullable(this.dates, claim.asOf),
      file: this.files.get(source.file),
      outlet: nullable(this.outlets, source.outlet),
      published: nullable(this.dates, source.published),
      value: claim.value,
      low: claim.low,
      high: claim.high,
      flags: QUALIFIERS.indexOf(claim.qualifier) | (claim.incremental ? INCREMENTAL : 0),
      spanStart: claim.span[0],
    });
    this.objects[id] = claim;
    this.rows[id * STRIDE + RAW_BUFFER] = NONE;
    return id;
  }

  /**
   * A claim read from `bytes` (start to end), a line that is exactly the claim's JSON (see
   * src/cli/commands/claim-line.ts); its strings are tokens of this store.
   */
  addLine(claim: ScannedClaim, bytes: Buffer, start: number, end: number): number {
    const id = this.addScanned(claim);
    if (this.options.copyLines) [bytes, start, end] = this.copied(bytes, start, end);
    if (bytes !== this.lastBuffer) {
      this.buffers.push(bytes);
      this.lastBuffer = bytes;
    }
    this.objects[id] = null;
    this.rows[id * STRIDE + RAW_BUFFER] = this.buffers.length - 1;
    this.rows[id * STRIDE + RAW_START] = start;
    this.rows[id * STRIDE + RAW_END] = end;
    return id;
  }

  /** bytes[start..end) copied into the arena: the buffer and range of the copy. */
  private copied(bytes: Buffer, start: number, end: number): [Buffer, number, number] {
    const length = end - start;
    if (this.arena === null || this.arenaUsed + length > this.arena.length) {
      this.arena = Buffer.allocUnsafe(Math.max(ARENA_BLOCK, length));
      this.arenaUsed = 0;
    }
    const at = this.arenaUsed;
    this.arena.set(bytes.subarray(start, end), at);
    this.arenaUsed += length;
    return [this.arena, at, at + length];
  }

  private addScanned(t: ScannedClaim): number {
    const id = this.size++;
    if (id === this.capacity) this.grow();
    const rows = this.rows;
    const row = id * STRIDE;
    rows[row + VALUE] = t.value;
    rows[row + LOW] = t.low;
    rows[row + HIGH] = t.high;
    rows[row + SPAN_START] = t.spanStart;
    rows[row + FLAGS] = t.flags;
    rows[row + METRIC] = t.metric.index;
    rows[row + STATUS] = t.status.index;
    rows[row + CLAIMANT] = t.claimant === null ? NONE : t.claimant.index;
    rows[row + SCOPE] = t.scope === null ? NONE : t.scope.index;
    rows[row + SUBJECT] = t.subject === null ? NONE : t.subject.index;
    // asOf, else the publication date (dateSpan(asOf) ?? dateSpan(published)).
    const dating = t.asOf !== null && this.dateOf(t.asOf) !== null ? t.asOf : t.published !== null && this.dateOf(t.published) !== null ? t.published : null;
    rows[row + DATE] = dating === null ? NONE : dating.index;
    rows[row + FILE] = t.file.index;
    rows[row + OUTLET] = t.outlet === null ? NONE : t.outlet.index;
    // What entries need from each token, worked out here: in input order, as the reconciler always did.
    if (t.file.id < 0) t.file.id = this.fileNames.push(t.file.text) - 1;
    if (t.status.stock === undefined) t.status.stock = timeKindOf(t.status.text) === 'stock';
    if (t.claimant !== null && t.claimant.key === undefined) t.claimant.key = claimantWord(t.claimant.text);
    if (t.subject !== null && t.subject.subject === undefined) t.subject.subject = t.subject.text ? subjectKey(t.subject.text, this.rules) : NO_SUBJECT;
    const outletKey = this.outletKeyOf(t.outlet, t.file);
    const owner = t.outlet !== null && t.outlet.key ? t.outlet : t.file;
    owner.narration ??= `narration:${outletKey}`;
    let scopeId: number;
    if (t.scope === null) scopeId = this.noScope;
    else {
      if (t.scope.scope === undefined) {
        t.scope.scope = scopeWith(this.scopeCache, t.scope.text, this.rules);
        t.scope.scopeId = this.scopeIdOf(t.scope.scope ?? '');
      }
      scopeId = t.scope.scopeId;
    }
    this.partitionNumbers[id] = this.partitionOf(t.metric, t.status, scopeId, t.scope === null ? null : t.scope.scope!).number;
    return id;
  }

  /** outletKey(): the outlet, trimmed and lower-cased; an unnamed outlet counts as its file. */
  private outletKeyOf(outlet: Token | null, file: Token): string {
    if (outlet !== null) {
      if (outlet.key === undefined) outlet.key = outletText(outlet.text);
      if (outlet.key) return outlet.key;
    }
    return (file.key ??= `file:${file.text}`);
  }

  private scopeIdOf(scope: string): number {
    let id = this.scopeIds.get(scope);
    if (id === undefined) this.scopeIds.set(scope, (id = this.scopeTexts.push(scope) - 1));
    return id;
  }

  private partitionOf(metric: Token, status: Token, scopeId: number, scope: string | null): Partition {
    const byMetric = (this.index[scopeId] ??= []);
    const byStatus = (byMetric[metric.index] ??= []);
    let partition = byStatus[status.index];
    if (partition === undefined) {
      // Keys of different triples meet only when a metric or status holds a NUL: one partition then, as by key.
      const key = partitionKey(metric.text, status.text, this.scopeTexts[scopeId]!);
      partition = this.partitions.get(key);
      if (!partition) {
        partition = { key, metric: metric.text, status: status.text, scope, number: this.partitionList.length, ids: NO_IDS };
        this.partitions.set(key, partition);
        this.partitionList.push(partition);
      }
      byStatus[status.index] = partition;
    }
    return partition;
  }

  private grow(): void {
    const rows = new Float64Array((this.capacity *= 2) * STRIDE);
    rows.set(this.rows);
    this.rows = rows;
    const numbers = new Int32Array(this.capacity);
    numbers.set(this.partitionNumbers);
    this.partitionNumbers = numbers;
  }

  /** The entry of claim `id`, a new object. */
  entry(id: number, position = 0): Entry {
    return this.fill({ ...BLANK }, id, position);
  }

  /** `e` made the entry of claim `id` (entries are reused, partition after partition). */
  fill(e: Entry, id: number, position = 0): Entry {
    const row = id * STRIDE;
    const rows = this.rows;
    const flags = rows[row + FLAGS]!;
    const value = rows[row + VALUE]!;
    const claimLow = rows[row + LOW]!;
    const claimHigh = rows[row + HIGH]!;
    // haloFor(): only a bare exact figure (low = high = value) carries a rounding halo.
    const halo = (flags & ~INCREMENTAL) === EXACT && claimLow === claimHigh && claimLow === value ? haloOf(value) : 0;
    const dating = rows[row + DATE]!;
    const date = dating === NONE ? null : this.dates.tokens[dating]!.date!;
    const scope = rows[row + SCOPE]!;
    const subject = rows[row + SUBJECT]!;
    const claimant = rows[row + CLAIMANT]!;
    const outlet = rows[row + OUTLET]!;
    const file = this.files.tokens[rows[row + FILE]!]!;
    const outletToken = outlet === NONE ? null : this.outlets.tokens[outlet]!;
    const owner = outletToken !== null && outletToken.key ? outletToken : file;
    const status = this.statuses.tokens[rows[row + STATUS]!]!;
    const subjectToken = subject === NONE ? null : this.subjects.tokens[subject]!;
    e.seq = id;
    e.metric = this.metrics.tokens[rows[row + METRIC]!]!.text;
    e.status = status.text;
    e.value = small(value);
    e.scope = scope === NONE ? null : this.scopes.tokens[scope]!.scope!;
    e.subject = subjectToken === null ? NO_SUBJECT : subjectToken.subject!;
    e.subjectText = subjectToken === null ? null : subjectToken.text;
    e.date = date;
    e.low = small(Math.min(claimLow, value) - halo);
    e.high = small(Math.max(claimHigh, value) + halo);
    e.claimant = (claimant === NONE ? null : this.claimants.tokens[claimant]!.key!) ?? owner.narration!;
    e.outlet = owner.key!;
    e.level = flags < INCREMENTAL || status.stock!;
    e.fileRank = small(rows[row + RANK]!);
    e.position = position;
    e.dateStart = date ? date.start : UNDATED;
    e.dateEnd = date ? date.end : UNDATED;
    e.offset = small(rows[row + SPAN_START]!);
    return e;
  }

  /**
   * Ranks files by name into each row, so ordering compares numbers, and gives each partition
   * its ids (in input order); call once all claims are in.
   */
  finish(): void {
    if (this.ranked === this.size) return;
    this.fillPartitions();
    const names = this.fileNames;
    const order = names.map((_, id) => id).sort((a, b) => (names[a]! < names[b]! ? -1 : 1));
    const rankOfFile = new Int32Array(names.length);
    order.forEach((id, rank) => (rankOfFile[id] = rank));
    const files = this.files.tokens;
    const rows = this.rows;
    for (let id = 0; id < this.size; id++) rows[id * STRIDE + RANK] = rankOfFile[files[rows[id * STRIDE + FILE]!]!.id]!;
    this.ranked = this.size;
  }

  /** Partition ids by counting sort: all in one array, each partition a stretch of it. */
  private fillPartitions(): void {
    const list = this.partitionList;
    const starts = new Int32Array(list.length + 1);
    const numbers = this.partitionNumbers;
    for (let id = 0; id < this.size; id++) {
      const at = numbers[id]! + 1;
      starts[at] = starts[at]! + 1;
    }
    for (let p = 0; p < list.length; p++) starts[p + 1] = starts[p + 1]! + starts[p]!;
    const ids = new Int32Array(this.size);
    const next = starts.slice(0, list.length);
    for (let id = 0; id < this.size; id++) {
      const p = numbers[id]!;
      ids[next[p]!] = id;
      next[p] = next[p]! + 1;
    }
    for (let p = 0; p < list.length; p++) list[p]!.ids = ids.subarray(starts[p]!, starts[p + 1]!);
  }

  /** What a note says of a claim (describeClaim): its figure, outlet or file, and claimant. */
  facts(id: number): ClaimFacts {
    const claimant = this.rows[id * STRIDE + CLAIMANT]!;
    const outlet = this.rows[id * STRIDE + OUTLET]!;
    return {
      value: this.rows[id * STRIDE + VALUE]!,
      low: this.rows[id * STRIDE + LOW]!,
      high: this.rows[id * STRIDE + HIGH]!,
      qualifier: QUALIFIERS[this.rows[id * STRIDE + FLAGS]! & ~INCREMENTAL]!,
      incremental: (this.rows[id * STRIDE + FLAGS]! & INCREMENTAL) !== 0,
      claimant: claimant === NONE ? null : this.claimants.tokens[claimant]!.text,
      source: { outlet: outlet === NONE ? null : this.outlets.tokens[outlet]!.text, file: this.files.tokens[this.rows[id * STRIDE + FILE]!]!.text },
    };
  }

  /** Claim `id` as an object: the one given, or its line parsed (exactly what zod would give: the line is canonical). */
  claim(id: number): Claim {
    const given = this.objects[id];
    if (given) return given;
    return JSON.parse(this.buffers[this.rows[id * STRIDE + RAW_BUFFER]!]!.toString('utf8', this.rows[id * STRIDE + RAW_START]!, this.rows[id * STRIDE + RAW_END]!)) as Claim;
  }

  /** Length in bytes of the line claim `id` was read from (its JSON), or -1 when it was given as an object. */
  lineLength(id: number): number {
    return this.rows[id * STRIDE + RAW_BUFFER]! === NONE ? -1 : this.rows[id * STRIDE + RAW_END]! - this.rows[id * STRIDE + RAW_START]!;
  }

  /** The buffer holding the line claim `id` was read from (null when it was given as an object), and where the line starts. */
  lineAt(id: number): { bytes: Buffer; start: number } | null {
    const row = id * STRIDE;
    return this.rows[row + RAW_BUFFER]! === NONE ? null : { bytes: this.buffers[this.rows[row + RAW_BUFFER]!]!, start: this.rows[row + RAW_START]! };
  }

  /** Copies the line claim `id` was read from into `target` at `at`; returns the bytes copied. */
  copyLine(id: number, target: Uint8Array, at: number): number {
    const row = id * STRIDE;
    const bytes = this.buffers[this.rows[row + RAW_BUFFER]!]!;
    const start = this.rows[row + RAW_START]!;
    const length = this.rows[row + RAW_END]! - start;
    // A plain view and TypedArray#set: Buffer#copy checks its arguments at some length first.
    target.set(new Uint8Array(bytes.buffer, bytes.byteOffset + start, length), at);
    return length;
  }
}
