// readWhole (src/corpus/read-whole.ts): the whole file, whatever its size beside the buffer it
// reads into, which grows for a large file and is shared by the reads of a thread.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readWhole } from '../../src/corpus/read-whole.js';

const dir = mkdtempSync(join(tmpdir(), 'claims-read-whole-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes that differ from one offset to the next, so a misplaced chunk shows. */
const pattern = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + (i >> 8)) & 0xff));

describe('readWhole', () => {
  test.each([
    ['empty', 0],
    ['one byte', 1],
    ['an article', 3_000],
    ['exactly the first buffer', 256 * 1024],
    ['one byte more than it', 256 * 1024 + 1],
    ['several times it', 1_100_000],
  ])('%s (%i bytes)', (_, size) => {
    const file = join(dir, `f${size}`);
    const bytes = pattern(size);
    writeFileSync(file, bytes);
    expect(Buffer.from(readWhole(file)).equals(bytes)).toBe(true);
  });

  test('a small file after a large one gets its own length', () => {
    writeFileSync(join(dir, 'large'), pattern(600_000));
    writeFileSync(join(dir, 'small'), 'abc');
    readWhole(join(dir, 'large'));
    expect(Buffer.from(readWhole(join(dir, 'small'))).toString()).toBe('abc');
  });

  test('a missing file throws ENOENT, as readFileSync does', () => {
    expect(() => readWhole(join(dir, 'missing'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
