// Lines of NDJSON as byte ranges, for `claims diff` reading claims on stdin (diff-input.ts) and
// for its reading workers (diff-read-worker.ts). Nothing here decodes text.

const NEWLINE = 0x0a;
const RETURN = 0x0d;

/** Whole lines of a buffer: bytes[from..to), the last one ending with "\n" or at the end of input. */
export interface LineRegion {
  bytes: Buffer;
  from: number;
  to: number;
}

/**
 * Regions of whole lines of a stream, a chunk at a time: a chunk's lines are not copied; only a
 * line cut by a chunk boundary is joined into a buffer of its own. The last line needs no "\n".
 */
export async function* lineRegions(stream: AsyncIterable<Buffer | string>): AsyncGenerator<LineRegion> {
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
      yield { bytes: joined, from: 0, to: joined.length };
      from = nl + 1;
    }
    const last = chunk.lastIndexOf(NEWLINE);
    if (last >= from) yield { bytes: chunk, from, to: last + 1 };
    const rest = last >= from ? last + 1 : from;
    if (rest < chunk.length) pending.push(chunk.subarray(rest));
  }
  if (pending.length) {
    const joined = Buffer.concat(pending);
    yield { bytes: joined, from: 0, to: joined.length };
  }
}

/** The lines of bytes[from..to) as byte ranges, without their line break ("\n" or "\r\n"). */
export function linesOf(bytes: Uint8Array, from: number, to: number): { starts: number[]; ends: number[] } {
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
  return { starts, ends };
}

const METRIC_KEY = Buffer.from('"metric":"');

/**
 * With --metric, a line that names another metric is skipped before it is even read. True when
 * bytes[start..end) hold `"metric":"` not followed by `<metric>"` (`wanted`), which the slower
 * test in readClaims (`"metric"\s*:\s*"(?!<metric>")`) would also skip.
 */
export function namesOtherMetric(bytes: Buffer, start: number, end: number, wanted: Uint8Array): boolean {
  const at = bytes.indexOf(METRIC_KEY, start);
  if (at < 0 || at + METRIC_KEY.length >= end) return false;
  const from = at + METRIC_KEY.length;
  if (from + wanted.length > end) return true;
  for (let i = 0; i < wanted.length; i++) if (bytes[from + i] !== wanted[i]) return true;
  return false;
}
