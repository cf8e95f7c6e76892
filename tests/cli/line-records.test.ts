// Reading claims on two threads (src/cli/commands/line-records.ts, readClaimsSplit): the lines
// after a split point are scanned into records and replayed, and the store ends up as if one
// thread had read every line: same claims, same findings, same problems reported.
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { Claim } from '../../src/model.js';
import { readClaims, readClaimsSplit } from '../../src/cli/commands/diff-input.js';
import { CLAIM_LINE, OTHER_LINE, RecordSink, type LineRecords } from '../../src/cli/commands/line-records.js';
import { findingsJson } from '../../src/cli/render/diff.js';
import { ClaimStore, claimsOf, findingsOf } from '../../src/reconcile/index.js';
import { claim } from '../reconcile/helpers.js';

const claims = [
  claim({ value: 40, scope: 'Jurūd ʿArsāl', asOf: '2017-08-24', claimant: 'Nasrallah' }),
  claim({ value: 120, status: 'remaining', asOf: '2017-08-24', file: 'b.txt' }),
  claim({ metric: 'casualties', status: 'killed', value: 9, subject: 'soldiers', asOf: '2017-08-24' }),
  claim({ value: 60, status: 'targeted', asOf: null, file: 'c.txt', claimant: 'Qanso "the spokesman"' }),
  claim({ value: 30, asOf: '2017-08-19', file: 'c.txt', scope: 'jurud arsal' }),
  claim({ metric: 'captives', status: 'taken', value: 7, asOf: '2017-08', file: 'd.txt' }),
];
const ndjson = claims.map((c) => JSON.stringify(c)).join('\n');
const pretty = (c: Claim) => JSON.stringify(c).replace('"value":', '"value": ');

function storeText(store: ClaimStore): string {
  return [...findingsJson(claimsOf(findingsOf(store), store), false)].join('');
}

/** The store (or the error) of one thread reading `bytes`, and of the lines from `split` replayed. */
async function bothWays(bytes: Buffer, split: number): Promise<[unknown, unknown]> {
  const outcome = (p: Promise<ClaimStore>) => p.then((s) => ({ size: s.size, text: storeText(s) }), (e: Error) => ({ error: e.message }));
  const sink = new RecordSink();
  sink.scan(bytes, split, bytes.length);
  return [await outcome(readClaims(Readable.from([bytes]))), await outcome(readClaimsSplit(bytes, split, Promise.resolve(sink.result())))];
}

/** Every place a line starts, the end included. */
function lineStarts(bytes: Buffer): number[] {
  const at = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) at.push(i + 1);
  return at;
}

describe('claims read on two threads', () => {
  const spoilt = ndjson.split('\n');
  spoilt[3] = spoilt[3]!.replace('"value":60', '"value":"sixty"');
  spoilt[4] = spoilt[4]!.slice(0, 30);
  const notUtf8 = Buffer.from(`${ndjson}\n`);
  notUtf8[notUtf8.indexOf('Someone') + 2] = 0xff;

  test.each([
    ['lines as JSON.stringify writes claims', Buffer.from(ndjson)],
    ['a final newline', Buffer.from(`${ndjson}\n`)],
    ['CRLF line breaks', Buffer.from(`${ndjson.replace(/\n/g, '\r\n')}\r\n`)],
    ['blank lines', Buffer.from(`\n${ndjson.replace(/\n/g, '\n\n')}\n\n`)],
    ['lines zod has to read', Buffer.from(claims.map((c, i) => (i % 2 ? pretty(c) : JSON.stringify(c))).join('\n'))],
    ['bad lines, reported by number', Buffer.from(spoilt.join('\n'))],
    ['a byte that is no UTF-8', notUtf8],
    ['a JSON array over several lines', Buffer.from(`[\n${claims.map((c) => JSON.stringify(c)).join(',\n')}\n]`)],
    ['a first line that is no claim', Buffer.from(`hello\n${ndjson}`)],
  ])('%s: the same as one thread, wherever the split', async (_what, bytes) => {
    for (const split of lineStarts(bytes)) {
      const [one, two] = await bothWays(bytes, split);
      expect(two, `split at ${split}`).toEqual(one);
    }
  });

  test('a record says whether the scanner took the line as a claim, and where it is', () => {
    const text = `${JSON.stringify(claims[0])}\n${pretty(claims[1]!)}\n\n${JSON.stringify(claims[2])}`;
    const sink = new RecordSink();
    sink.scan(Buffer.from(text), 0, Buffer.byteLength(text));
    const { records, count, tokens }: LineRecords = sink.result();
    const kinds = Array.from({ length: count }, (_, k) => records[k * (records.length / count)]);
    expect(kinds).toEqual([CLAIM_LINE, OTHER_LINE, OTHER_LINE, CLAIM_LINE]);
    expect(tokens.metrics.texts).toEqual(['area', 'casualties']);
  });
});
