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
  const problems: string[] = [];
  let problemCount = 0;
  const validate = (value: unknown, where: string) => {
    if (metric && (value as { metric?: unknown } | null)?.metric !== metric && typeof (value as { metric?: unknown } | null)?.metric === 'string') return;
    const parsed = Claim.safeParse(value);
    if (parsed.success) store.add(parsed.data);
    else {
      problemCount++;
      if (problems.length < MAX_REPORTED) {
        const issue = parsed.error.issues[0]!;
        problems.push(`${where}: ${issue.path.length ? issue.path.join('.') : '(claim)'}: ${issue.message}`);
      }
    }
  };
  let lineNo = 0;
  // Set from the line readers below (closures), hence the cast: the compiler would narrow a plain null.
  let arrayText = null as string[] | null;
  // With --metric, a line that names another metric is not even parsed (parsing is most of the cost).
  const otherMetric = metric ? new RegExp(`"metric"\\s*:\\s*"(?!${metric.replace(/\W/g, '')}")`) : null;
  const wanted = Buffer.from(`${metric ?? ''}"`);

  /** A line the scanner did not take: decoded, checked as a first line, then JSON.parse and zod. */
  const otherLine = (bytes: Buffer, start: number, end: number, anyRead: boolean) => {
    const line = bytes.toString('utf8', start, end);
    const trimmed = line.trim();
    if (trimmed === '') return;
    if (!anyRead) {
      if (trimmed.startsWith('[')) {
        arrayText = [line];
        return;
      }
      if (!trimmed.startsWith('{')) {
        throw new InputError('stdin: expected claims as JSON (an array, or one per line as `claims extract --ndjson` prints); to reconcile an article piped on stdin, name it as - (claims diff -)');
      }
    }
    if (otherMetric && anyRead && otherMetric.test(trimmed)) return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (err) {
      problemCount++;
      if (problems.length < MAX_REPORTED) problems.push(`stdin line ${lineNo}: invalid JSON: ${(err as Error).message}`);
      return;
    }
    validate(value, `stdin line ${lineNo}`);
  };

  /** The lines of bytes[from..to), read here. */
  const readLines = (bytes: Buffer, from: number, to: number) => {
    const { starts, ends } = linesOf(bytes, from, to);
    const utf8 = isUtf8(bytes.subarray(from, to));
    for (let i = 0; i < starts.length; i++) {
      lineNo++;
      const start = starts[i]!;
      const end = ends[i]!;
      if (arrayText) {
        arrayText.push(bytes.toString('utf8', start, end));
        continue;
      }
      const anyRead = store.size + problemCount > 0;
      if (otherMetric && anyRead && namesOtherMetric(bytes, start, end, wanted)) continue;
      // A line written as JSON.stringify writes a claim needs neither JSON.parse nor zod, nor a
      // string of its own. It starts with "{", so the checks of a first line would pass, and
      // its metric is the one --metric compares.
      if (utf8 && claimOfLine(bytes, start, end, store, metric) !== null) continue;
      otherLine(bytes, start, end, anyRead);
    }
  };

  for await (const { bytes, from, to } of lineRegions(stdin)) readLines(bytes, from, to);
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
  return store;
}
