// End to end over the bundled seeds/, through the built CLI, against tests/seeds.golden.txt.
// The golden file was read line by line against the articles (and ../shared/eval's rules) before
// it was committed; regenerate with `UPDATE_GOLDEN=1 npx vitest run tests/e2e` and read the diff.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Claim } from '../../src/model.js';
import { goldenRow } from './golden.js';

const root = new URL('../../', import.meta.url).pathname;

describe('claims extract seeds --json', () => {
  const stdout = execFileSync('node', ['bin/claims.js', 'extract', 'seeds', '--json'], { cwd: root, encoding: 'utf8' });
  const claims = (JSON.parse(stdout) as unknown[]).map((c) => Claim.parse(c));

  test('matches the golden file', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(`${root}tests/seeds.golden.txt`, `${claims.map(goldenRow).join('\n')}\n`);
    const golden = readFileSync(`${root}tests/seeds.golden.txt`, 'utf8').trim().split('\n');
    expect(claims.map(goldenRow)).toEqual(golden);
  });

  test('every claim carries the rule that made it and its source', () => {
    for (const c of claims) {
      expect(c.evidence.rule).toMatch(/^[a-z]+\./);
      expect(c.source.file).toMatch(/^seeds\//);
      expect(c.low).toBeLessThanOrEqual(c.value);
      expect(c.high).toBeGreaterThanOrEqual(c.value);
    }
  });

  test('no claim comes from a trap: distances, durations, years, boilerplate', () => {
    const values = claims.map((c) => `${c.source.file.split('/').pop()!.slice(0, 3)}:${c.value}`);
    for (const trap of ['000:6', '000:3', '000:2015', '001:330', '001:2017', '002:6', '002:2014', '004:28', '004:24', '004:2023']) {
      expect(values).not.toContain(trap);
    }
  });
});
