// The fast NDJSON path of `claims diff`: a line is taken as it is only when it is exactly what
// JSON.stringify(Claim.parse(JSON.parse(line))) gives back; every other line goes through zod.
import { Readable, PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Claim } from '../../src/model.js';
import { CLAIM_LINE, claimOfLine, type LineField } from '../../src/cli/commands/claim-line.js';
import { DEFAULT_RULES } from '../../src/claims/rules.js';
import { readClaims } from '../../src/cli/commands/diff-input.js';
import { findingsJson, writeFindings } from '../../src/cli/render/diff.js';
import { ClaimStore, claimsOf, findingsOf, reconcile } from '../../src/reconcile/index.js';
import { claim } from '../reconcile/helpers.js';

const base = claim({ value: 40, qualifier: 'approx', scope: 'Syrian side', asOf: '2017-08-24', claimant: 'Nasrallah' });
const line = (over: Record<string, unknown> = {}) => JSON.stringify({ ...base, ...over });
/** The claim a line is taken for (its id in a fresh store), or null when it goes the zod way. */
function lineOf(text: string): { store: ClaimStore; id: number } | null {
  const store = new ClaimStore(DEFAULT_RULES);
  const id = claimOfLine(Buffer.from(text), 0, Buffer.byteLength(text), store);
  return id === null ? null : { store, id };
}

/** What the zod path makes of a line: the claim, and its JSON. */
function slowPath(text: string): { claim: Claim; json: string } {
  const parsed = Claim.parse(JSON.parse(text));
  return { claim: parsed, json: JSON.stringify(parsed) };
}

/** A taken line reads as the zod path reads it: the same JSON, claim, entry and note facts. */
function expectSameAsZod(text: string, taken: { store: ClaimStore; id: number }): void {
  const slow = slowPath(text);
  expect(slow.json).toBe(text);
  const { store, id } = taken;
  expect(store.claim(id)).toEqual(slow.claim);
  const objects = new ClaimStore(DEFAULT_RULES);
  const other = objects.add(slow.claim);
  store.finish();
  objects.finish();
  expect({ ...store.entry(id), seq: 0 }).toEqual({ ...objects.entry(other), seq: 0 });
  expect(store.facts(id)).toEqual(objects.facts(other));
}

function keysOf(fields: LineField[]): unknown[] {
  return fields.map((f) => (Array.isArray(f.kind) ? [f.key, keysOf(f.kind)] : f.key));
}

describe('claim lines', () => {
  test('the line layout follows the Claim schema, key for key', () => {
    const shape = Claim.shape;
    expect(keysOf(CLAIM_LINE)).toEqual(Object.keys(shape).map((k) => {
      if (k === 'source') return [k, Object.keys(shape.source.shape)];
      if (k === 'evidence') return [k, Object.keys(shape.evidence.shape)];
      return k;
    }));
  });

  // [what, line, taken as it is]
  const cases: [string, string, boolean][] = [
    ['a claim as JSON.stringify writes it', line(), true],
    ['null claimant, scope, subject and dates', line({ claimant: null, scope: null, subject: null, asOf: null, source: { ...base.source, outlet: null, published: null } }), true],
    ['escaped quote, backslash, newline and control character', line({ sentence: 'He said "40\\50"\nthen\u0001 stopped\t.' }), true],
    ['non-ASCII and an astral character', line({ scope: 'Jurūd ʿArsāl', sentence: 'Über 40 😀 km²' }), true],
    ['a decimal figure', line({ value: 2.5, low: 2.25, high: 2.75 }), true],
    ['evidence with a reason, inferred fields', line({ evidence: { rule: 'r', cue: 'c', reason: 'why' }, inferred: ['asOf', 'scope'] }), true],
    ['a month and a year as dates', line({ asOf: '2017-08', source: { ...base.source, published: '2017' } }), true],
    ['an escape JSON.stringify does not write (\\u00e9)', line({ sentence: 'caf\u00e9' }).replace('café', 'caf\\u00e9'), false],
    ['an escaped slash', line({ sentence: 'a/b' }).replace('a/b', 'a\\/b'), false],
    ['a raw tab in a string (invalid JSON)', line({ sentence: 'a\tb' }).replace('\\t', '\t'), false],
    ['a space after a colon', line().replace('"value":40', '"value": 40'), false],
    ['keys in another order', JSON.stringify({ metric: base.metric, ...base }), false],
    ['an extra key (zod drops it)', line({ extra: 1 }), false],
    ['no inferred (zod adds [])', JSON.stringify({ ...base, inferred: undefined }), false],
    ['a trailing zero', line().replace('"value":40', '"value":40.0'), false],
    ['minus zero', line().replace('"value":40', '"value":-0'), false],
    ['an exponent', line().replace('"value":40', '"value":4e1'), false],
    ['a negative offset', line().replace(/"span":\[\d+/, '"span":[-1'), false],
    ['a fractional offset', line().replace(/"span":\[(\d+)/, '"span":[$1.5'), false],
    ['an unknown qualifier', line({ qualifier: 'roughly' }), false],
    ['a date that is not ISO', line({ asOf: 'Tuesday' }), false],
    ['a string figure', line({ value: '40' }), false],
    ['a lone surrogate', line({ sentence: 'a\ud800b' }), false],
    ['leading space', ` ${line()}`, false],
  ];

  test.each(cases)('%s', (_what, text, taken) => {
    const fast = lineOf(text);
    expect(fast !== null).toBe(taken);
    if (fast) expectSameAsZod(text, fast);
  });

  const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('"', '\\', '\n', '\u0007', 'é', '😀'));
  const nullable = (a: fc.Arbitrary<string>) => fc.option(a, { nil: null });
  const date = fc.constantFrom('2017', '2017-08', '2017-08-24', '2017-13-45');
  const arbitraryClaim = fc.record({
    id: text, metric: text, status: text,
    value: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
    low: fc.integer({ min: -5, max: 5000 }), high: fc.double({ min: 0, max: 1e6, noNaN: true }),
    unit: text, qualifier: fc.constantFrom(...(['exact', 'approx', 'range', 'vague', 'at_most'] as const)), incremental: fc.boolean(),
    text, sentence: text, span: fc.tuple(fc.nat(), fc.nat()),
    claimant: nullable(text), scope: nullable(text), subject: nullable(text), asOf: nullable(date),
    source: fc.record({ file: text, outlet: nullable(text), url: nullable(text), published: nullable(date) }),
    evidence: fc.record({ rule: text, cue: text, reason: text }, { requiredKeys: ['rule', 'cue'] }),
    inferred: fc.array(text, { maxLength: 3 }),
  });

  test('any claim a line is taken for reads and writes back as the zod path would', () => {
    fc.assert(fc.property(arbitraryClaim, (c) => {
      const text = JSON.stringify(c);
      const fast = lineOf(text);
      if (fast) expectSameAsZod(text, fast);
      // Only numbers JSON.stringify writes with an exponent fall back; every other claim is taken.
      else expect(/\d[eE][+-]?\d/.test(JSON.stringify([c.value, c.low, c.high]))).toBe(true);
    }), { numRuns: 300 });
  });

  test('a line with a few bytes changed is taken only if it is still a claim as JSON.stringify writes it', () => {
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat(3), ins: fc.constantFrom('', '"', '\\', ',', ' ', '0', '.5', '-', 'null', '1', 'e', '\t', '\\u0041', '\\u001f', '}', 'é') });
    fc.assert(fc.property(arbitraryClaim, fc.array(edit, { minLength: 1, maxLength: 3 }), (c, edits) => {
      let text = JSON.stringify(c);
      for (const e of edits) {
        const i = Math.floor(e.at * text.length);
        text = text.slice(0, i) + e.ins + text.slice(i + e.del);
      }
      const fast = lineOf(text);
      if (fast) expectSameAsZod(text, fast);
    }), { numRuns: 500 });
  });
});

/** A stream that hands `text` over in pieces of `size` bytes, cutting lines and characters. */
function chunked(text: string, size: number): Readable {
  const bytes = Buffer.from(text);
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
  return Readable.from(pieces);
}

function findingsText(claims: Claim[]): string {
  return [...findingsJson(reconcile(claims), false)].join('');
}

function storeText(store: ClaimStore): string {
  return [...findingsJson(claimsOf(findingsOf(store), store), false)].join('');
}

describe('reading claims from stdin', () => {
  const claims = [
    claim({ value: 40, scope: 'Jurūd ʿArsāl', asOf: '2017-08-24', claimant: 'Nasrallah' }),
    claim({ value: 120, status: 'remaining', asOf: '2017-08-24', file: 'b.txt' }),
    claim({ metric: 'casualties', status: 'killed', value: 9, subject: 'soldiers', asOf: '2017-08-24' }),
    claim({ value: 30, asOf: '2017-08-19', file: 'c.txt' }),
  ];
  const ndjson = claims.map((c) => JSON.stringify(c)).join('\n');
  const pretty = claims.map((c) => JSON.stringify(c).replace('"value":', '"value": ')).join('\n');

  test.each([
    ['one chunk', ndjson, 1 << 16],
    ['pieces of 7 bytes', ndjson, 7],
    ['pieces of 1 byte', ndjson, 1],
    ['CRLF line breaks and a final newline', `${ndjson.replace(/\n/g, '\r\n')}\r\n`, 13],
    ['blank lines', `\n${ndjson.replace(/\n/g, '\n\n')}\n\n`, 64],
    ['lines zod has to read', pretty, 50],
  ])('%s: the same findings as parsing every line', async (_what, text, size) => {
    const store = await readClaims(chunked(text, size));
    expect(store.size).toBe(claims.length);
    expect(storeText(store)).toBe(findingsText(claims.map((c) => Claim.parse(c))));
  });

  test('--metric keeps only that metric, whichever path a line takes', async () => {
    const store = await readClaims(chunked(`${ndjson}\n${pretty}`, 100), 'casualties');
    expect([0, 1].map((id) => store.claim(id).metric)).toEqual(['casualties', 'casualties']);
    expect(store.size).toBe(2);
  });

  test('a line that is not valid UTF-8 is read as text, as before', async () => {
    const bytes = Buffer.concat([Buffer.from(JSON.stringify(claim({ value: 5 })).replace('Someone', 'Some\u00ffone')), Buffer.from('\n')]);
    const at = bytes.indexOf(Buffer.from('\u00ff'));
    bytes[at] = 0xff; // a lone byte that is no UTF-8
    bytes[at + 1] = 0x6f;
    const store = await readClaims(Readable.from([bytes]));
    expect(store.lineLength(0)).toBe(-1);
    expect(store.claim(0).sentence).toContain('\ufffd');
  });

  test.each([
    ['a bad figure', (l: string[]) => { l[3] = l[3]!.replace('"value":9', '"value":"nine"'); }, /stdin line 4: value: .*expected number/],
    ['a broken line', (l: string[]) => { l[1] = l[1]!.slice(0, 40); }, /stdin line 2: invalid JSON/],
    ['a bad date', (l: string[]) => { l[4] = l[4]!.replace('"asOf":"2017-08-19"', '"asOf":"Saturday"'); }, /stdin line 5: asOf: expected an ISO date/],
    ['a raw tab in a sentence', (l: string[]) => { l[2] = l[2]!.replace('Someone said', 'Someone\tsaid'); }, /stdin line 3: invalid JSON/],
  ])('%s is reported with its line, whatever the chunking', async (_what, spoil, message) => {
    const lines = [JSON.stringify(claims[0]), ...ndjson.split('\n')];
    spoil(lines);
    for (const size of [3, 1 << 16]) await expect(readClaims(chunked(lines.join('\n'), size))).rejects.toThrow(message);
  });
});

describe('findings as bytes', () => {
  const lines = [
    JSON.stringify(claim({ value: 40, asOf: '2017-08-24', scope: 'Jurūd ʿArsāl' })),
    JSON.stringify(claim({ value: 41, asOf: '2017-08-24', file: 'b.txt', claimant: 'Qanso "the spokesman"' })),
    JSON.stringify(claim({ value: 60, status: 'targeted', asOf: '2017-08-24' })),
    JSON.stringify(claim({ value: 20, status: 'remaining', asOf: '2017-08-24' })).replace('"value":', '"value": '),
  ].join('\n');

  test('a Node stream gets the bytes of findingsJson, lines copied as they came; other sinks get text', async () => {
    const store = await readClaims(Readable.from([lines]));
    expect([0, 1, 2, 3].map((id) => store.lineLength(id) >= 0)).toEqual([true, true, true, false]);
    const findings = findingsOf(store);
    const expected = findingsText(lines.split('\n').map((l) => Claim.parse(JSON.parse(l))));
    const stream = new PassThrough();
    const got: Buffer[] = [];
    stream.on('data', (d: Buffer) => got.push(d));
    await writeFindings(findings, store, stream as unknown as Parameters<typeof writeFindings>[2], false);
    expect(got.every((chunk) => Buffer.isBuffer(chunk))).toBe(true);
    expect(Buffer.concat(got).toString()).toBe(expected);
    const texts: unknown[] = [];
    await writeFindings(findings, store, { write: (s: string) => texts.push(s) }, false);
    expect(texts.every((t) => typeof t === 'string')).toBe(true);
    expect(texts.join('')).toBe(expected);
  });

  test('lines copied out of their buffers (with --metric) write the same bytes', async () => {
    const kept = async (store: ClaimStore) => {
      await readClaims(chunked(lines, 5), 'area', store);
      const stream = new PassThrough();
      const got: Buffer[] = [];
      stream.on('data', (d: Buffer) => got.push(d));
      await writeFindings(findingsOf(store), store, stream as unknown as Parameters<typeof writeFindings>[2], false);
      return Buffer.concat(got).toString();
    };
    expect(await kept(new ClaimStore(DEFAULT_RULES, { copyLines: true }))).toBe(await kept(new ClaimStore(DEFAULT_RULES)));
  });

  test('pretty on a terminal: the claims parsed back from their lines', async () => {
    const store = await readClaims(Readable.from([lines]));
    const texts: string[] = [];
    await writeFindings(findingsOf(store), store, { write: (s: string) => texts.push(s), isTTY: true });
    const expected = [...findingsJson(reconcile(lines.split('\n').map((l) => Claim.parse(JSON.parse(l)))), true)].join('');
    expect(texts.join('')).toBe(expected);
  });
});
