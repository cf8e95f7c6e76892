// What an extraction worker sends for each unit (src/cli/unit-results.ts): null only where the
// main thread rebuilds exactly what the worker found, so nothing is lost on the way.
import { describe, expect, test } from 'vitest';
import type { LoadProblem, ReadUnit } from '../../src/corpus/index.js';
import type { UnitResult } from '../../src/cli/extract-worker.js';
import { isPlain, plainResult } from '../../src/cli/unit-results.js';
import type { Claim, Document } from '../../src/model.js';

const fileUnit: ReadUnit = { kind: 'file', input: { path: '/corpus/a.txt', display: 'a.txt', format: 'text' } };
const doc = { file: 'b.jsonl:3', text: 'x' } as Document;
const docUnit: ReadUnit = { kind: 'doc', doc };
const problemUnit: ReadUnit = { kind: 'problem', problem: { file: 'c/sources.json', message: 'bad', severity: 'error' } };
const claim = { id: 'a.txt#1' } as Claim;
const read = (file: string, problems: LoadProblem[] = []) => ({ file, read: true, problems });

describe('results sent as null', () => {
  test.each<[string, ReadUnit, UnitResult, boolean]>([
    ['a file read as one document, no claim', fileUnit, { outcome: read('a.txt'), docs: [{ file: 'a.txt', claims: [] }] }, true],
    ['a document, no claim', docUnit, { outcome: null, docs: [{ file: 'b.jsonl:3', claims: [] }] }, true],
    ['a claim', fileUnit, { outcome: read('a.txt'), docs: [{ file: 'a.txt', claims: [claim] }] }, false],
    ['a warning', fileUnit, { outcome: read('a.txt', [{ file: 'a.txt', message: 'not valid UTF-8', severity: 'warning' }]), docs: [{ file: 'a.txt', claims: [] }] }, false],
    ['a file not read', fileUnit, { outcome: { file: 'a.txt', read: false, problems: [] }, docs: [] }, false],
    ['a file with no document', fileUnit, { outcome: read('a.txt'), docs: [] }, false],
    ['a file of two documents', fileUnit, { outcome: read('a.txt'), docs: [{ file: 'a.txt', claims: [] }, { file: 'a.txt', claims: [] }] }, false],
    ['a document named otherwise', fileUnit, { outcome: read('a.txt'), docs: [{ file: 'a.txt:1', claims: [] }] }, false],
    ['a problem', problemUnit, { outcome: { file: 'c/sources.json', read: false, problems: [problemUnit.problem] }, docs: [] }, false],
  ])('%s: %s', (_, unit, result, plain) => {
    expect(isPlain(unit, result)).toBe(plain);
    // Null is sent only when the main thread gets back the very same result.
    if (plain) expect(plainResult(unit)).toEqual(result);
    else expect(plainResult(unit)).not.toEqual(result);
  });
});
