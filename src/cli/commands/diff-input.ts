// Claims piped to `claims diff` on stdin: a JSON array, or one claim per line (NDJSON). Lines
// stay as bytes: a line written the way JSON.stringify writes a claim becomes a LineClaim
// (claim-line.ts) that keeps its bytes for the output; any other line is parsed and checked with
// zod, so bad input is reported exactly as before.
import { isUtf8 } from 'node:buffer';
import { Claim, type Claim as ClaimT } from '../../model.js';
import { InputError } from '../errors.js';
import { claimOfLine, type Interner } from './claim-line.js';

const MAX_REPORTED = 10;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/** Lines of one buffer: byte ranges, without the line break ("\n" or "\r\n"). */
interface LineBatch {
  bytes: Buffer;
  starts: number[];
  ends: number[];
  /** The lines are valid UTF-8, so their bytes are their text. */
  utf8: boolean;
}

function batchOf(bytes: Buffer, from: number, to: number): LineBatch {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let start = from; start < to; ) {
    const nl = bytes.indexOf(NEWLINE, start);
    const stop = nl < 0 || nl >= to ? to : nl;
    starts.push(start);
    // Only a "\r\n" pair is a line break: a last line without "\n" keeps its "\r".
    ends.push(stop > start && stop < to && bytes[stop - 1] === RETURN ? stop - 1 : stop);
    start = stop + 1;
  }
  return { bytes, starts, ends, utf8: isUtf8(bytes.subarray(from, to)) };
}

/**
 * Lines of a stream, a chunk at a time: the lines of each chunk point into it (no copy); only a
 * line cut by a chunk boundary is joined into a buffer of its own. The last line needs no "\n".
 */
async function* lineBatches(stream: NodeJS.ReadableStream): AsyncGenerator<LineBatch> {
  let pending: Buffer[] = [];
  for await (const piece of stream) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : (piece as Buffer);
    let from = 0;
    if (pending.length) {
      const nl = chunk.indexOf(NEWLINE);
      if (nl < 0) {
        pending.push(chunk);
        continue;
      }
      pending.push(chunk.subarray(0, nl + 1));
      const joined = Buffer.concat(pending);
      pending = [];
      yield batchOf(joined, 0, joined.length);
      from = nl + 1;
    }
    const last = chunk.lastIndexOf(NEWLINE);
    if (last >= from) yield batchOf(chunk, from, last + 1);
    const rest = last >= from ? last + 1 : from;
    if (rest < chunk.length) pending.push(chunk.subarray(rest));
  }
  if (pending.length) {
    const joined = Buffer.concat(pending);
    yield batchOf(joined, 0, joined.length);
  }
}

/**
 * With --metric, a line that names another metric is skipped before it is even decoded. True
 * when the line holds `"metric":"` not followed by `<metric>"`, which the slower test in
 * readClaims would also skip.
 */
function namesOtherMetric(bytes: Buffer, start: number, end: number, needle: Buffer, wanted: Buffer): boolean {
  const at = bytes.indexOf(needle, start);
  if (at < 0 || at + needle.length >= end) return false;
  const from = at + needle.length;
  if (from + wanted.length > end) return true;
  for (let i = 0; i < wanted.length; i++) if (bytes[from + i] !== wanted[i]) return true;
  return false;
}

/**
 * Claims piped on stdin: a JSON array, or one claim per line (NDJSON, read a chunk at a time so
 * a large file never has to fit in one string). Every claim is checked against the Claim schema;
 * bad ones are reported by line (or array item) with the path and the problem. With `metric`,
 * claims of other metrics are dropped before they are checked.
 */
export async function readClaims(stdin: NodeJS.ReadableStream, metric?: string): Promise<ClaimT[]> {
  const claims: ClaimT[] = [];
  const problems: string[] = [];
  let problemCount = 0;
  const validate = (value: unknown, where: string) => {
    if (metric && (value as { metric?: unknown } | null)?.metric !== metric && typeof (value as { metric?: unknown } | null)?.metric === 'string') return;
    const parsed = Claim.safeParse(value);
    if (parsed.success) claims.push(parsed.data);
    else {
      problemCount++;
      if (problems.length < MAX_REPORTED) {
        const issue = parsed.error.issues[0]!;
        problems.push(`${where}: ${issue.path.length ? issue.path.join('.') : '(claim)'}: ${issue.message}`);
      }
    }
  };
  const strings: Interner = new Map();
  let lineNo = 0;
  let arrayText: string[] | null = null;
  // With --metric, a line that names another metric is not even parsed (parsing is most of the cost).
  const otherMetric = metric ? new RegExp(`"metric"\\s*:\\s*"(?!${metric.replace(/\W/g, '')}")`) : null;
  const metricKey = Buffer.from('"metric":"');
  const metricValue = Buffer.from(`${metric ?? ''}"`);
  for await (const { bytes, starts, ends, utf8 } of lineBatches(stdin)) {
    for (let i = 0; i < starts.length; i++) {
      lineNo++;
      const start = starts[i]!;
      const end = ends[i]!;
      if (arrayText) {
        arrayText.push(bytes.toString('utf8', start, end));
        continue;
      }
      const anyRead = claims.length + problemCount > 0;
      if (otherMetric && anyRead && namesOtherMetric(bytes, start, end, metricKey, metricValue)) continue;
      const line = bytes.toString('utf8', start, end);
      const trimmed = line.trim();
      if (trimmed === '') continue;
      if (!anyRead) {
        if (trimmed.startsWith('[')) {
          arrayText = [line];
          continue;
        }
        if (!trimmed.startsWith('{')) {
          throw new InputError('stdin: expected claims as JSON (an array, or one per line as `claims extract --ndjson` prints); to reconcile an article piped on stdin, name it as - (claims diff -)');
        }
      }
      if (otherMetric && anyRead && otherMetric.test(trimmed)) continue;
      const fast = utf8 ? claimOfLine(line, bytes, start, end, strings) : null;
      if (fast) {
        if (!metric || fast.metric === metric) claims.push(fast);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(trimmed);
      } catch (err) {
        problemCount++;
        if (problems.length < MAX_REPORTED) problems.push(`stdin line ${lineNo}: invalid JSON: ${(err as Error).message}`);
        continue;
      }
      validate(value, `stdin line ${lineNo}`);
    }
  }
  if (arrayText) {
    let items: unknown;
    try {
      items = JSON.parse(arrayText.join('\n'));
    } catch (err) {
      if (err instanceof RangeError) throw new InputError('stdin: the JSON array is too large to read at once; pipe one claim per line instead (claims extract --ndjson)');
      throw new InputError(`stdin: invalid JSON: ${(err as Error).message} (expected a JSON array of claims or one claim per line)`);
    }
    if (!Array.isArray(items)) throw new InputError('stdin: expected a JSON array of claims or one claim per line');
    items.forEach((item, i) => validate(item, `stdin item ${i + 1}`));
  }
  if (problemCount > 0) {
    const more = problemCount > problems.length ? `\n…and ${problemCount - problems.length} more invalid claims` : '';
    throw new InputError(`${problems.join('\n')}${more}`);
  }
  return claims;
}
