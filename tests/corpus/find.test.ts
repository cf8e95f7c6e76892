// findInputs lists folders while their files are read: its order must be the order of the whole
// list sorted by display name (code units), and a file named twice must come once.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findInputs } from '../../src/corpus/find.js';

const root = mkdtempSync(join(tmpdir(), 'claims-find-'));
const FILES = ['a.txt', 'a-b.txt', 'a/x.txt', 'a/y/z.md', 'a b.txt', 'A.txt', 'b/c/d.txt', 'b/c.txt', 'ä.txt', 'Z/1.html', 'a/.hidden.txt', 'a/notes.pdf', 'a/sources.json', 'b/README.md'];
for (const f of FILES) {
  mkdirSync(join(root, f, '..'), { recursive: true });
  writeFileSync(join(root, f), 'text');
}

async function displays(inputs: string[]): Promise<string[]> {
  const found = await findInputs(inputs, root);
  const out: string[] = [];
  for await (const f of found.files) out.push(f.display);
  return out;
}

const sorted = (xs: string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const articles = ['a.txt', 'a-b.txt', 'a/x.txt', 'a/y/z.md', 'a b.txt', 'A.txt', 'b/c/d.txt', 'b/c.txt', 'ä.txt', 'Z/1.html'];

describe('findInputs', () => {
  test.each([
    ['a folder', ['.'], articles],
    ['a folder with a trailing slash', ['./'], articles],
    ['two folders', ['b', 'a'], ['a/x.txt', 'a/y/z.md', 'b/c/d.txt', 'b/c.txt']],
    ['a folder inside another, read once', ['a', '.', 'a/y'], articles],
    ['a file also inside a folder, read once', ['a/x.txt', 'a'], ['a/x.txt', 'a/y/z.md']],
    ['files and a folder interleave by name', ['b', 'a-b.txt', 'a.txt'], ['a-b.txt', 'a.txt', 'b/c/d.txt', 'b/c.txt']],
  ])('%s: sorted by display, each once', async (_name, inputs, expected) => {
    const got = await displays(inputs);
    expect(got).toEqual(sorted(expected));
    expect(new Set(got).size).toBe(got.length);
  });

  test('a missing input is a problem, the others are still listed', async () => {
    const found = await findInputs(['nope', 'b'], root);
    expect(found.problems).toEqual([{ input: 'nope', severity: 'error', message: 'no such file or folder: nope (check the path)' }]);
    const files: string[] = [];
    for await (const f of found.files) files.push(f.display);
    expect(files).toEqual(['b/c.txt', 'b/c/d.txt']); // '.' sorts before '/'
  });
});
