// capYoungGeneration stops V8's young generation from growing past the cap, so a long run keeps
// the heap of a short one. Run in a child process: V8 flags are process-wide.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const HEAP = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'heap.js');

/** The young generation's size after allocating short-lived garbage for a while, with or without the cap. */
function youngAfterChurn(cap: number | null): number {
  const script = `
    const { getHeapSpaceStatistics } = await import('node:v8');
    const { capYoungGeneration } = await import(${JSON.stringify(HEAP)});
    if (${cap} !== null) capYoungGeneration(${cap});
    const keep = [];
    const end = Date.now() + 1500;
    while (Date.now() < end) {
      for (let i = 0; i < 500; i++) keep.push({ i, s: 'x'.repeat(i % 50) });
      if (keep.length > 20000) keep.length = 0;
      if (keep.length % 5000 === 0) await new Promise((r) => setTimeout(r, 1)); // let the poll run
    }
    console.log(getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return Number(r.stdout.trim());
}

describe.skipIf(!existsSync(HEAP))('capYoungGeneration', () => {
  // The size is polled, so one doubling past the cap can happen before the poll sees it.
  test('the young generation stays near the cap; without it, it grows well past', () => {
    const cap = 2 * 1024 * 1024;
    expect(youngAfterChurn(cap)).toBeLessThanOrEqual(2 * cap);
    expect(youngAfterChurn(null)).toBeGreaterThan(4 * cap);
  });
});
