import { describe, expect, test } from 'vitest';
import { Claim, STATUSES, Status } from '../../src/model.js';

describe('model', () => {
  test('every status of every metric is a known Status', () => {
    for (const list of Object.values(STATUSES)) for (const s of list) expect(Status.safeParse(s).success).toBe(true);
  });
  test('a claim without source is rejected', () => {
    expect(Claim.safeParse({ id: 'x', metric: 'area' }).success).toBe(false);
  });
});
