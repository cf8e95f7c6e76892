// A document the pipeline fails on is reported with its file name and the others still print.
import { expect, test, vi } from 'vitest';
import { runTty } from './helpers.js';

vi.mock('../../src/pipeline.js', async (original) => {
  const real = await original<typeof import('../../src/pipeline.js')>();
  return {
    ...real,
    extractDocument: (doc: import('../../src/model.js').Document, rules?: import('../../src/claims/rules.js').RuleSet) => {
      if (doc.file.endsWith('b.txt')) throw new Error('boom');
      return real.extractDocument(doc, rules);
    },
  };
});

test('one failing document: named on stderr, exit 2, the other documents still extracted', async () => {
  const r = await runTty(['extract', 'fixtures/glob', '--json'], { stderrTTY: false });
  expect(r.code).toBe(2);
  expect((JSON.parse(r.stdout) as { source: { file: string } }[]).map((c) => c.source.file)).toEqual(['fixtures/glob/a.txt', 'fixtures/glob/nested/c.md']);
  expect(r.stderr).toBe(
    'claims: fixtures/glob/nested/b.txt: internal error while extracting: boom (please report it with this file; DEBUG=claims shows the stack)\n' +
      'claims: read 3 files, found 2 claims; 1 error\n',
  );
});
