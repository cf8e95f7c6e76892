// The JSON contract scripts rely on (DESIGN.md, "Contracts"). Keys may be added, never renamed or
// dropped: the committed schemas beside this file must be updated on purpose, with
// UPDATE_CONTRACT=1, after reading the diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { Claim, Findings } from '../../src/model.js';

const here = new URL('./', import.meta.url).pathname;
const CLAIM_KEYS = ['id', 'metric', 'status', 'value', 'low', 'high', 'unit', 'qualifier', 'incremental', 'text', 'sentence',
  'span', 'claimant', 'scope', 'subject', 'asOf', 'source'];
const GROUP_KEYS = ['metric', 'status', 'scope', 'verdict', 'claims'];
const CHECK_KEYS = ['kind', 'holds', 'detail', 'claims'];

type ObjectSchema = { properties: Record<string, unknown>; required?: string[] };

describe('JSON contract', () => {
  const claim = z.toJSONSchema(Claim) as ObjectSchema;
  const findings = z.toJSONSchema(Findings) as { properties: { groups: { items: ObjectSchema }; checks: { items: ObjectSchema } } };

  test('a claim has every key DESIGN.md promises, all required', () => {
    for (const key of CLAIM_KEYS) expect(claim.required).toContain(key);
    const source = claim.properties.source as ObjectSchema;
    expect(Object.keys(source.properties).sort()).toEqual(['file', 'outlet', 'published', 'url']);
  });

  test('diff groups and checks have the keys DESIGN.md promises', () => {
    for (const key of GROUP_KEYS) expect(findings.properties.groups.items.required).toContain(key);
    for (const key of CHECK_KEYS) expect(findings.properties.checks.items.required).toContain(key);
    expect((findings.properties.groups.items.properties.verdict as { enum: string[] }).enum.sort()).toEqual(['agree', 'conflict', 'progression', 'single']);
  });

  test.each([
    ['claim.schema.json', claim],
    ['findings.schema.json', findings],
  ])('%s is unchanged', (file, schema) => {
    if (process.env.UPDATE_CONTRACT) writeFileSync(`${here}${file}`, `${JSON.stringify(schema, null, 2)}\n`);
    expect(schema).toEqual(JSON.parse(readFileSync(`${here}${file}`, 'utf8')));
  });
});
