// Work for the writing thread of `claims diff --json` (src/cli/render/write-ops.ts): text, commas
// and ranges of input lines, run into buffers of a fixed size, give exactly the bytes asked for.
import { describe, expect, test } from 'vitest';
import { OpsBuilder, OpsOutput } from '../../src/cli/render/write-ops.js';

type Op = string | [number, number] | ',';

/** The bytes of `ops` over `input`, run through buffers of `size` bytes. */
function run(ops: Op[], input: Buffer, size: number): { bytes: string; flushes: number } {
  const builder = new OpsBuilder();
  for (const op of ops) {
    if (op === ',') builder.comma();
    else if (typeof op === 'string') builder.text(op);
    else builder.line(op[0], op[1]);
  }
  const out: Buffer[] = [];
  const output = new OpsOutput((bytes) => out.push(Buffer.from(bytes)), size);
  for (const batch of builder.take(true)) output.run(batch, input);
  output.end();
  return { bytes: Buffer.concat(out).toString(), flushes: out.length };
}

describe('ops for the writing thread', () => {
  const input = Buffer.from('{"a":1}\n{"b":"é→"}\n{"c":3}');
  // The byte ranges of the input's three lines.
  const b = input.indexOf('\n') + 1;
  const c = input.indexOf('\n', b) + 1;
  const [one, two, three]: [number, number][] = [[0, b - 1], [b, c - 1], [c, input.length]];
  test.each([
    ['text alone', ['{"groups":[', ']}'], 64, '{"groups":[]}'],
    ['lines as ranges of the input, with commas', ['[', one, ',', two, ']'], 64, '[{"a":1},{"b":"é→"}]'],
    ['text that is not ASCII', ['“…” → ', three], 64, '“…” → {"c":3}'],
    ['buffers smaller than a line', ['[', two, ',', one, ']'], 4, '[{"b":"é→"},{"a":1}]'],
    ['no ops', [], 16, ''],
  ] as [string, Op[], number, string][])('%s', (_what, ops, size, expected) => {
    expect(run(ops, input, size).bytes).toBe(expected);
  });

  test('a batch is handed over once it holds some megabytes, and the rest on take(true)', () => {
    const builder = new OpsBuilder();
    const big = 'x'.repeat(1 << 20);
    for (let i = 0; i < 5; i++) builder.text(big);
    expect(builder.take().length).toBe(1);
    expect(builder.take(true).length).toBe(1);
    expect(builder.take(true).length).toBe(0);
  });

  test('a full buffer is flushed and filled again', () => {
    const { bytes, flushes } = run(['abcd', 'efgh', 'ij'], Buffer.alloc(0), 12);
    expect(bytes).toBe('abcdefghij');
    expect(flushes).toBeGreaterThan(1);
  });
});
