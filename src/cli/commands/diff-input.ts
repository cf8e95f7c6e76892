// Claims piped to `claims diff` on stdin: a JSON array, or one claim per line (NDJSON), into a
// ClaimStore. Lines stay as bytes: a line written the way JSON.stringify writes a claim goes in
// as columns with its bytes kept for the output (claim-line.ts); any other line is parsed and
// checked with zod, so bad input is reported exactly as before.
import { isUtf8 } from 'node:buffer';
import { Claim } from '../../model.js';
import { InputError } from '../errors.js';
import { DEFAULT_RULES } from '../../claims/rules.js';
import { ClaimStore } from '../../reconcile/store.js';
import { claimOfLine } from './claim-line.js';
import { lineRegions, linesOf, namesOtherMetric } from './ndjson-lines.js';
import { replayRecords, type LineRecords } from './line-records.js';

const MAX_REPORTED = 10;

/**
 * Claims piped on stdin: a JSON array, or one claim per line (NDJSON, read a chunk at a time so
 * a large file never has to fit in one string). Every claim is checked against the Claim schema;
 * bad ones are reported by line (or array item) with the path and the problem. With `metric`,
 * claims of other metrics are dropped before they are checked. The claims kept go into `store`,
 * in input order.
 */
export async function readClaims(
  stdin: AsyncIterable<Buffer | string>,
  metric?: string,
  store = new ClaimStore(DEFAULT_RULES),
): Promise<ClaimStore> {
  const reader = new ClaimReader(store, metric);
  for await (const { bytes, from, to } of lineRegions(stdin)) reader.lines(bytes, from, to);
  return reader.finish();
}

/**
 * Claims of a whole input already in memory (`bytes`), the lines from `split` on scanned by
 * `scanRest` (a reading worker) while this thread reads those before. Reads as readClaims would.
 */
export async function readClaimsSplit(
  bytes: Buffer,
  split: number,
  scanRest: Promise<LineRecords>,
  store = new ClaimStore(DEFAULT_RULES),
): Promise<ClaimStore> {
  const reader = new ClaimReader(store);
  reader.lines(bytes, 0, split);
  reader.records(await scanRest, bytes);
  return reader.finish();
}

/** Reads lines into a ClaimStore, in order, and words the problems of those it cannot take. */
class ClaimReader {
  private readonly problems: string[] = [];
  private problemCount = 0;
  private lineNo = 0;
  /** Lines of a JSON array, once the first line said so. */
  private arrayText: string[] | null = null;
  /** With --metric, a line that names another metric is not even parsed (parsing is most of the cost). */
  private readonly otherMetric: RegExp | null;
  private readonly wanted: Buffer;

  constructor(private readonly store: ClaimStore, private readonly metric?: string) {
    this.otherMetric = metric ? new RegExp(`"metric"\\s*:\\s*"(?!${metric.replace(/\W/g, '')}")`) : null;
    this.wanted = Buffer.from(`${metric ?? ''}"`);
  }

  private get anyRead(): boolean {
    return this.store.size + this.problemCount > 0;
  }

  private validate(value: unknown, where: string): void {
    const metric = this.metric;
    if (metric && (value as { metric?: unknown } | null)?.metric !== metric && typeof (value as { metric?: unknown } | null)?.metric === 'string') return;
    const parsed = Claim.safeParse(value);
    if (parsed.success) this.store.add(parsed.data);
    else {
      this.problemCount++;
      if (this.problems.length < MAX_REPORTED) {
        const issue = parsed.error.issues[0]!;
        this.problems.push(`${where}: ${issue.path.length ? issue.path.join('.') : '(claim)'}: ${issue.message}`);
      }
    }
  }

  /** A line the scanner did not take: decoded, checked as a first line, then JSON.parse and zod. */
  private otherLine(bytes: Buffer, start: number, end: number, anyRead: boolean): void {
    const line = bytes.toString('utf8', start, end);
    const trimmed = line.trim();
    if (trimmed === '') return;
    if (!anyRead) {
      if (trimmed.startsWith('[')) {
        this.arrayText = [line];
        return;
      }
      if (!trimmed.startsWith('{')) {
        throw new InputError('stdin: expected claims as JSON (an array, or one per line as `claims extract --ndjson` prints); to reconcile an article piped on stdin, name it as - (claims diff -)');
      }
    }
    if (this.otherMetric && anyRead && this.otherMetric.test(trimmed)) return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (err) {
      this.problemCount++;
      if (this.problems.length < MAX_REPORTED) this.problems.push(`stdin line ${this.lineNo}: invalid JSON: ${(err as Error).message}`);
      return;
    }
    this.validate(value, `stdin line ${this.lineNo}`);
  }

  /** The lines of bytes[from..to), read here. */
  lines(bytes: Buffer, from: number, to: number): void {
    const { starts, ends } = linesOf(bytes, from, to);
    const utf8 = isUtf8(bytes.subarray(from, to));
    const { store, otherMetric, metric, wanted } = this;
    for (let i = 0; i < starts.length; i++) {
      this.lineNo++;
      const start = starts[i]!;
      const end = ends[i]!;
      if (this.arrayText) {
        this.arrayText.push(bytes.toString('utf8', start, end));
        continue;
      }
      const anyRead = this.anyRead;
      if (otherMetric && anyRead && namesOtherMetric(bytes, start, end, wanted)) continue;
      // A line written as JSON.stringify writes a claim needs neither JSON.parse nor zod, nor a
      // string of its own. It starts with "{", so the checks of a first line would pass, and
      // its metric is the one --metric compares.
      if (utf8 && claimOfLine(bytes, start, end, store, metric) !== null) continue;
      this.otherLine(bytes, start, end, anyRead);
    }
  }

  /** Lines a reading worker scanned (without --metric), in order: as lines() would read them. */
  records(scanned: LineRecords, bytes: Buffer): void {
    replayRecords(scanned, bytes, this.store, (start, end, isClaim) => {
      this.lineNo++;
      if (this.arrayText) this.arrayText.push(bytes.toString('utf8', start, end));
      else if (isClaim) return true;
      else this.otherLine(bytes, start, end, this.anyRead);
      return false;
    });
  }

  /** The store, once the array (if the input was one) is read; throws the problems found. */
  finish(): ClaimStore {
    if (this.arrayText) {
      let items: unknown;
      try {
        items = JSON.parse(this.arrayText.join('\n'));
      } catch (err) {
        if (err instanceof RangeError) throw new InputError('stdin: the JSON array is too large to read at once; pipe one claim per line instead (claims extract --ndjson)');
        throw new InputError(`stdin: invalid JSON: ${(err as Error).message} (expected a JSON array of claims or one claim per line)`);
      }
      if (!Array.isArray(items)) throw new InputError('stdin: expected a JSON array of claims or one claim per line');
      items.forEach((item, i) => this.validate(item, `stdin item ${i + 1}`));
    }
    const { problems, problemCount } = this;
    if (problemCount > 0) {
      const more = problemCount > problems.length ? `\n…and ${problemCount - problems.length} more invalid claims` : '';
      throw new InputError(`${problems.join('\n')}${more}`);
    }
    return this.store;
  }
}
