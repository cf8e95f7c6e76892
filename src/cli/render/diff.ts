// Renderers for `claims diff`: a readable report (one block per group, then the checks) and the
// JSON findings. Both are produced in chunks so a million claims never become one string.
import { Writable } from 'node:stream';
import type { ChalkInstance } from 'chalk';
import type { Check, Claim, Findings, Group, Verdict } from '../../model.js';
import { formatFigure, formatNumber, formatRange } from '../../reconcile/format.js';
import type { OutStream } from '../io.js';
import { OpsBuilder, type OpsBatch } from './write-ops.js';
import type { CheckOf, ClaimStore, FindingsOf, GroupOf } from '../../reconcile/index.js';

const CHUNK = 1 << 20;

/** Write and, when the stream's buffer is full, wait for it to drain: a pipe cannot take 1 GB at once. */
export async function writeChunk(out: OutStream, chunk: string | Uint8Array): Promise<void> {
  const once = (out as { once?: (event: 'drain', listener: () => void) => unknown }).once;
  // A Node stream takes bytes (see writeFindings); OutStream itself only promises strings.
  if ((out.write as (chunk: string | Uint8Array) => unknown)(chunk) === false && once) await new Promise<void>((done) => once.call(out, 'drain', done));
}

/**
 * `{ "groups": [...], "checks": [...] }`, written an item at a time: indented on a terminal, one
 * group or check per line in a pipe (compact, and still easy to read with jq or grep).
 */
export function* findingsJson(findings: Findings, pretty: boolean): Generator<string> {
  yield* findingsChunks(findings, pretty, new TextSink(), objectClaims);
}

/**
 * Findings whose claims are ids in `store`: on a Node stream (not a terminal) as UTF-8 bytes, a
 * claim read from an NDJSON line copied from it as it is (most of the output), not serialised again.
 */
export async function writeFindings(findings: FindingsOf<number>, store: ClaimStore, out: OutStream, pretty = out.isTTY === true): Promise<void> {
  const claims = storeClaims(store);
  if (pretty || !(out instanceof Writable)) {
    for (const chunk of findingsChunks(findings, pretty, new TextSink(), claims)) await writeChunk(out, chunk);
    return;
  }
  // Output buffers go back to a pool once written: a new megabyte each time would count as
  // external memory, and every 64 MB of that makes V8 collect the whole heap. A write's callback
  // runs on a later tick, so the loop gives way now and then for the buffers to come back.
  const free: Buffer[] = [];
  let writing = 0;
  const sink = new ByteSink(() => free.pop() ?? Buffer.allocUnsafe(CHUNK));
  for (const chunk of findingsChunks(findings, false, sink, claims)) {
    const whole = chunk.buffer.byteLength === CHUNK ? Buffer.from(chunk.buffer) : null;
    writing++;
    const more = out.write(chunk, () => {
      writing--;
      if (whole) free.push(whole);
    });
    if (!more) await new Promise<void>((done) => out.once('drain', done));
    else if (writing > 2) await new Promise<void>((done) => setImmediate(done));
  }
}

/**
 * Findings whose claims are ids in `store`, written by a writing thread (../diff-write-thread.ts):
 * the same bytes as writeFindings, the lines found in the writer's input sent as ranges of it.
 */
export async function writeFindingsOn(writer: { input: Buffer; send(batch: OpsBatch): Promise<void>; end(): Promise<void> }, findings: StreamedFindings<number>, store: ClaimStore): Promise<void> {
  for (const batch of findingsChunks(findings, false, new OpsSink(writer.input), storeClaims(store))) await writer.send(batch);
  await writer.end();
}

/** How the writer gets at the claims of findings: as objects, or as ids in a ClaimStore. */
interface ClaimAccess<C> {
  object(c: C): Claim;
  /** Writes the claim's JSON, as JSON.stringify would. */
  write(c: C, sink: Sink<unknown>): void;
}

const objectClaims: ClaimAccess<Claim> = {
  object: (c) => c,
  write: (c, sink) => sink.text(JSON.stringify(c)),
};

function storeClaims(store: ClaimStore): ClaimAccess<number> {
  return {
    object: (id) => store.claim(id),
    write: (id, sink) => {
      if (store.lineLength(id) < 0) sink.text(JSON.stringify(store.claim(id)));
      else sink.line(store, id);
    },
  };
}

/** Where findingsChunks puts its text: it hands back full chunks as it goes. */
interface Sink<T> {
  text(s: string): void;
  /** A comma: between claims, a million times, so not as a string to encode. */
  comma(): void;
  /** The line claim `id` was read from. */
  line(store: ClaimStore, id: number): void;
  /** Full chunks so far; `all` also the last, partial one. */
  take(all?: boolean): T[];
}

class TextSink implements Sink<string> {
  private buffer = '';
  private chunks: string[] = [];
  text(s: string): void {
    this.buffer += s;
    if (this.buffer.length >= CHUNK) {
      this.chunks.push(this.buffer);
      this.buffer = '';
    }
  }
  comma(): void {
    this.text(',');
  }
  line(store: ClaimStore, id: number): void {
    const bytes = Buffer.allocUnsafe(store.lineLength(id));
    store.copyLine(id, bytes, 0);
    this.text(bytes.toString('utf8'));
  }
  take(all = false): string[] {
    if (all) {
      this.chunks.push(this.buffer);
      this.buffer = '';
    }
    return this.chunks.splice(0);
  }
}

/** Work for a writing thread: text, and the lines that are in its input as ranges of it. */
class OpsSink implements Sink<OpsBatch> {
  private readonly ops = new OpsBuilder();
  constructor(private readonly input: Buffer) {}
  text(s: string): void {
    this.ops.text(s);
  }
  comma(): void {
    this.ops.comma();
  }
  line(store: ClaimStore, id: number): void {
    const at = store.lineAt(id)!;
    if (at.bytes.buffer === this.input.buffer) {
      const start = at.bytes.byteOffset - this.input.byteOffset + at.start;
      this.ops.line(start, start + store.lineLength(id));
    } else this.ops.text(at.bytes.toString('utf8', at.start, at.start + store.lineLength(id)));
  }
  take(all = false): OpsBatch[] {
    return this.ops.take(all);
  }
}

/** Fills buffers of CHUNK bytes; a chunk never ends inside a character, so each decodes alone. */
class ByteSink implements Sink<Uint8Array> {
  private buffer: Buffer;
  private used = 0;
  private chunks: Uint8Array[] = [];
  /** `allocate` gives a buffer of CHUNK bytes to fill (a new one, or one already written out). */
  constructor(private readonly allocate: () => Buffer) {
    this.buffer = allocate();
  }
  /** Makes room for `bytes` more; false when they cannot fit in one chunk. */
  private room(bytes: number): boolean {
    if (this.used + bytes <= this.buffer.length) return true;
    if (this.used > 0) this.chunks.push(this.buffer.subarray(0, this.used));
    this.buffer = this.allocate();
    this.used = 0;
    return bytes <= CHUNK;
  }
  text(s: string): void {
    // At most 3 bytes per UTF-16 unit; a string too long for a chunk goes as a chunk of its own.
    if (this.room(s.length * 3)) this.used += this.buffer.write(s, this.used);
    else this.chunks.push(Buffer.from(s));
  }
  comma(): void {
    if (this.room(1)) this.buffer[this.used++] = 0x2c;
  }
  line(store: ClaimStore, id: number): void {
    const length = store.lineLength(id);
    if (this.room(length)) this.used += store.copyLine(id, this.buffer, this.used);
    else {
      const bytes = Buffer.allocUnsafe(length);
      store.copyLine(id, bytes, 0);
      this.chunks.push(bytes);
    }
  }
  take(all = false): Uint8Array[] {
    if (all && this.used > 0) {
      this.chunks.push(this.buffer.subarray(0, this.used));
      this.used = 0;
    }
    return this.chunks.splice(0);
  }
}

const CLAIMS_TAIL = '"claims":[]}';
const NO_CLAIMS: never[] = [];

/** One group or check on one line: its fields as JSON.stringify writes them, then its claims. */
function compactItem<C>(item: GroupOf<C> | CheckOf<C>, sink: Sink<unknown>, claims: ClaimAccess<C>): void {
  // `claims` is the last key of both (src/reconcile/index.ts, checks.ts), so the item written
  // with no claims ends with `"claims":[]}` (no other value can end so), and its claims go in
  // there; anything else is written whole. The claims are set aside for a moment, not copied:
  // copying 160,000 items cost more than writing them.
  const ids = item.claims;
  item.claims = NO_CLAIMS;
  const head = JSON.stringify(item);
  item.claims = ids;
  if (!head.endsWith(CLAIMS_TAIL)) {
    sink.text(JSON.stringify({ ...item, claims: item.claims.map((c) => claims.object(c)) }));
    return;
  }
  sink.text(head.slice(0, -2));
  item.claims.forEach((c, i) => {
    if (i) sink.comma();
    claims.write(c, sink);
  });
  sink.text(']}');
}

/** Findings whose groups may be made as they are written, and whose checks come after them. */
export interface StreamedFindings<C> {
  groups: Iterable<GroupOf<C>>;
  checks: Iterable<CheckOf<C>> | (() => Iterable<CheckOf<C>>);
}

function* findingsChunks<C, T>(findings: StreamedFindings<C>, pretty: boolean, sink: Sink<T>, claims: ClaimAccess<C>): Generator<T> {
  const item = pretty
    ? (x: GroupOf<C> | CheckOf<C>) => {
      const whole = { ...x, claims: x.claims.map((c) => claims.object(c)) };
      sink.text(`    ${JSON.stringify(whole, null, 2).replace(/\n/g, '\n    ')}`);
    }
    : (x: GroupOf<C> | CheckOf<C>) => compactItem(x, sink, claims);
  sink.text('{\n');
  const { checks } = findings;
  const sections: [string, () => Iterable<GroupOf<C> | CheckOf<C>>, boolean][] = [
    ['groups', () => findings.groups, false],
    ['checks', typeof checks === 'function' ? checks : () => checks, true],
  ];
  for (const [name, itemsOf, last] of sections) {
    sink.text(`  "${name}": [`);
    let i = 0;
    for (const x of itemsOf()) {
      sink.text(`${i++ ? ',' : ''}\n`);
      item(x);
      yield* sink.take();
    }
    sink.text(`${i ? '\n  ' : ''}]${last ? '' : ','}\n`);
  }
  sink.text('}\n');
  yield* sink.take(true);
}

const QUOTE_WIDTH = 110;

function verdictColor(chalk: ChalkInstance, verdict: Verdict): (s: string) => string {
  switch (verdict) {
    case 'agree': return chalk.green.bold;
    case 'conflict': return chalk.red.bold;
    case 'progression': return chalk.cyan.bold;
    case 'single': return chalk.dim;
  }
}

function resultColor(chalk: ChalkInstance, result: Check['result']): (s: string) => string {
  return result === 'holds' ? chalk.green : result === 'fails' ? chalk.red.bold : chalk.yellow;
}

/** The date a claim is placed at, and where it came from: "2017-08-19", "2017-08-24 (published)". */
export function claimDate(claim: Claim): string {
  if (claim.asOf) return claim.asOf;
  if (claim.source.published) return `${claim.source.published} (published)`;
  return 'undated';
}

/** The sentence around the figure, cut to a line's width around it. */
export function quoteOf(claim: Claim, width = QUOTE_WIDTH): string {
  const sentence = (claim.sentence || claim.text).replace(/\s+/g, ' ').trim();
  if (sentence.length <= width) return `“${sentence}”`;
  const at = Math.max(0, sentence.indexOf(claim.text.replace(/\s+/g, ' ')));
  const start = Math.max(0, Math.min(at - Math.floor((width - claim.text.length) / 2), sentence.length - width));
  const cut = sentence.slice(start, start + width);
  return `“${start > 0 ? '…' : ''}${cut}${start + width < sentence.length ? '…' : ''}”`;
}

function claimant(claim: Claim): string {
  return claim.claimant ?? '(narration)';
}

function header(group: Group): string {
  return [group.metric, group.status, group.scope ?? 'no scope', group.subject].filter(Boolean).join(' · ');
}

function groupBlock(group: Group, chalk: ChalkInstance): string {
  const lines: string[] = [];
  const color = verdictColor(chalk, group.verdict);
  lines.push(`${chalk.bold(header(group))}  ${color(group.verdict.toUpperCase())}`);
  const { claimants, outlets } = group.corroboration;
  lines.push(`  ${group.policy}: ${chalk.bold(formatRange(group.low, group.high))}, best ${formatNumber(group.best)}`
    + chalk.dim(` · ${claimants} claimant${claimants === 1 ? '' : 's'}, ${outlets} outlet${outlets === 1 ? '' : 's'}`));
  const rows = group.claims.map((c) => [claimDate(c), c.source.outlet ?? c.source.file, claimant(c), c.qualifier, formatFigure(c)]);
  const widths = [0, 1, 2, 3, 4].map((i) => rows.reduce((w, r) => Math.max(w, r[i]!.length), 0));
  group.claims.forEach((c, i) => {
    const cells = rows[i]!.map((cell, j) => cell.padEnd(widths[j]!));
    lines.push(`  ${chalk.dim(cells[0]!)}  ${cells[1]}  ${cells[2]}  ${chalk.dim(cells[3]!)}  ${chalk.bold(cells[4]!)}  ${chalk.dim(quoteOf(c))}`);
  });
  for (const note of group.notes) lines.push(`  ${chalk.italic('note:')} ${note}`);
  return `${lines.join('\n')}\n\n`;
}

function checkBlock(check: Check, chalk: ChalkInstance, width: number): string {
  const label = resultColor(chalk, check.result)(check.result.padEnd(width));
  const lines = [`  ${label}  ${check.kind}: ${chalk.bold(check.detail)}`];
  for (const c of check.claims) {
    const where = [c.status, c.scope, c.subject].filter(Boolean).join(', ');
    lines.push(`  ${' '.repeat(width)}    ${formatFigure(c)} ${chalk.dim(`(${where}) ${c.source.outlet ?? c.source.file}, ${claimDate(c)}`)}`);
  }
  return `${lines.join('\n')}\n`;
}

function summary(findings: Findings): string {
  const count = (verdict: Verdict) => findings.groups.filter((g) => g.verdict === verdict).length;
  const verdicts = (['agree', 'conflict', 'progression', 'single'] as const).map((v) => `${count(v)} ${v}`).join(', ');
  const results = (['holds', 'fails', 'incomplete'] as const)
    .map((r) => `${findings.checks.filter((c) => c.result === r).length} ${r}`).join(', ');
  const n = findings.groups.length;
  return `${n} group${n === 1 ? '' : 's'} (${verdicts}); ${findings.checks.length} check${findings.checks.length === 1 ? '' : 's'} (${results})\n`;
}

/** The report, in chunks: one block per group, the checks, and a summary line. */
export function* renderDiffReport(findings: Findings, chalk: ChalkInstance): Generator<string> {
  let buffer = '';
  for (const group of findings.groups) {
    buffer += groupBlock(group, chalk);
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  if (findings.checks.length) {
    buffer += `${chalk.bold('Checks')}\n`;
    for (const check of findings.checks) {
      buffer += checkBlock(check, chalk, 'incomplete'.length);
      if (buffer.length >= CHUNK) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += '\n';
  }
  buffer += summary(findings);
  yield buffer;
}
