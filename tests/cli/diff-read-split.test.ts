// Reading a large file of claims on two threads (src/cli/diff-read-split.ts): where the input is
// split, reading it into shared memory, and the worker's records, which must be those this
// thread would make, whether the worker answers or fails. Runs the compiled modules because
// workers load dist/ JavaScript.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ScanWorker, readShared, splitPoint } from '../../dist/cli/diff-read-split.js';
import { RecordSink, type LineRecords } from '../../dist/cli/commands/line-records.js';
import { claim } from '../reconcile/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'claims-split-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify(claim({ value: i + 1, file: `f${i % 7}.txt`, asOf: `2017-08-${String(1 + (i % 28)).padStart(2, '0')}` })));
lines[10] = lines[10]!.replace('"value":', '"value": ');
const text = `${lines.join('\n')}\n`;

function shared(s: string): Buffer {
  const bytes = Buffer.from(new SharedArrayBuffer(Buffer.byteLength(s)));
  bytes.write(s);
  return bytes;
}

function scanHere(bytes: Buffer, from: number): LineRecords {
  const sink = new RecordSink();
  sink.scan(bytes, from, bytes.length);
  return sink.result();
}

const plain = (r: LineRecords) => ({ count: r.count, records: Array.from(r.records), tokens: r.tokens });

describe('splitting the input', () => {
  test.each([
    ['after the line break nearest the share', 'aaaa\nbbbb\ncccc\n', 0.45, 10],
    ['at the share when a line ends there', 'aaaa\nbbbb\n', 0.4, 5],
    ['no split within the last line', 'aaaa\nbbbbbbbbbbbbbbbbbbbb', 0.5, null],
    ['no split after a last line break', 'aaaaaaaaaa\n', 0.5, null],
    ['no split in one line', 'aaaaaaaaaa', 0.5, null],
  ])('%s', (_what, input, share, expected) => {
    expect(splitPoint(Buffer.from(input), share)).toBe(expected);
  });
});

describe('reading into shared memory', () => {
  test.each([
    ['the size expected', 0, false],
    ['a file that grew since its size was taken', 7, true],
  ])('%s', async (_what, shortBy, grew) => {
    const file = join(dir, `in-${shortBy}.ndjson`);
    writeFileSync(file, text);
    const fd = openSync(file, 'r');
    try {
      const { bytes, more } = await readShared(fd, Buffer.byteLength(text) - shortBy);
      expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(Buffer.concat([bytes, more ?? Buffer.alloc(0)]).toString()).toBe(text);
      expect(more !== null).toBe(grew);
    } finally {
      closeSync(fd);
    }
  });
});

describe('the reading worker', () => {
  const bytes = shared(text);
  const from = splitPoint(bytes)!;

  test.each([
    ['the worker', undefined],
    ['this thread, when the worker dies', new URL('./fixtures/crashing-scan-worker.mjs', import.meta.url)],
    ['this thread, when there is no worker', new URL('./fixtures/no-such-worker.mjs', import.meta.url)],
  ])('records made by %s are those this thread makes', async (_what, url) => {
    const records = await new ScanWorker(url).scan(bytes, from);
    expect(plain(records)).toEqual(plain(scanHere(bytes, from)));
  });

  test('memory that is not shared is scanned here', async () => {
    const own = Buffer.from(text);
    expect(plain(await new ScanWorker().scan(own, from))).toEqual(plain(scanHere(own, from)));
  });
});
