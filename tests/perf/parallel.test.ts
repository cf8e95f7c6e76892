// Correctness of `--jobs N` (src/cli/parallel.ts): the same claims as the single-thread path, in
// input order, with a bounded queue and errors that name the file. Timing is not tested here:
// `npm run bench` is the measure. Runs the compiled module because workers load dist/ JavaScript.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mapInWorkers, WorkerExtractError } from '../../dist/cli/parallel.js';
import { extractDocument } from '../../dist/pipeline.js';
import { buildRules, type RuleConfig } from '../../dist/claims/rules.js';
import { readDocuments } from '../../dist/corpus/index.js';
import type { Document } from '../../dist/model.js';

const root = join(import.meta.dirname, '..', '..');
const bbc = join('..', 'shared', 'corpus', 'bbc'); // relative: readDocuments joins inputs to cwd
const failingWorker = new URL('./fixtures/failing-worker.mjs', import.meta.url);

function doc(file: string, text: string): Document {
  return { file, text, title: null, source: { outlet: null, url: null, published: null }, origin: { outlet: 'none', published: 'none' } };
}

async function* from<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** The seeds, plus the first articles of each BBC section when ../shared/corpus is there. */
async function realDocuments(perSection = 40): Promise<Document[]> {
  const inputs = ['seeds'];
  if (existsSync(join(root, bbc))) for (const s of readdirSync(join(root, bbc), { withFileTypes: true })) if (s.isDirectory()) inputs.push(join(bbc, s.name));
  const docs: Document[] = [];
  const report = { files: 0, skipped: [], warnings: [] };
  for (const input of inputs) {
    let n = 0;
    for await (const d of readDocuments([input], { cwd: root }, report)) {
      docs.push(d);
      if (input !== 'seeds' && ++n >= perSection) break;
    }
  }
  return docs;
}

/** Synthetic news-like text with numbers, from a few bytes to hundreds of KB. */
function synthetic(n: number): Document[] {
  const sentence = (i: number) =>
    `Officials said about ${i * 7 + 3} people were killed and more than ${i * 13} wounded, while ${i % 90} square kilometres remained under siege on ${1 + (i % 28)} August. `;
  return Array.from({ length: n }, (_, i) => {
    const size = i % 50 === 0 ? 500 : i % 5 === 0 ? 20 : 3; // a few over a batch (64 KB), some small, many tiny
    // Paragraphs of five sentences, one per line, as articles have them.
    const text = Array.from({ length: size }, (_, k) => sentence(i + k) + (k % 5 === 4 ? '\n' : '')).join('');
    return doc(`synthetic/${String(i).padStart(4, '0')}.txt`, text);
  });
}

describe('mapInWorkers', () => {
  test('gives the same claims as extractDocument, in input order (seeds and BBC sample, 2 workers)', async () => {
    const docs = await realDocuments();
    const rules = buildRules({});
    const got = await collect(mapInWorkers(from(docs), 2, {}));
    expect(got.map((r) => r.doc)).toEqual(docs); // same objects, same order
    expect(got.map((r) => r.claims)).toEqual(docs.map((d) => extractDocument(d, rules)));
  });

  test('keeps input order when sizes are skewed (3 workers), and applies the rule config in workers', async () => {
    const docs = synthetic(150);
    const config: RuleConfig = {
      aliases: { 'the militants': 'ISIS' },
      places: { 'synthetic valley': 'Lebanese side' },
      cues: [{ metric: 'casualties', status: 'killed', cue: 'were killed' }],
    };
    const rules = buildRules(config);
    const got = await collect(mapInWorkers(from(docs), 3, config));
    expect(got.map((r) => r.doc.file)).toEqual(docs.map((d) => d.file));
    expect(got.map((r) => r.claims)).toEqual(docs.map((d) => extractDocument(d, rules)));
  });

  test('one worker and an empty input work', async () => {
    expect(await collect(mapInWorkers(from([]), 2, {}))).toEqual([]);
    const docs = synthetic(20);
    expect((await collect(mapInWorkers(from(docs), 1, {}))).map((r) => r.doc)).toEqual(docs);
  });

  test('reads ahead only a bounded number of documents, and stops the input when the consumer stops', async () => {
    let pulled = 0;
    let closed = false;
    async function* endless(): AsyncGenerator<Document> {
      try {
        for (let i = 0; ; i++) {
          pulled++;
          yield doc(`endless/${i}.txt`, `Some ${i} people were displaced.`);
        }
      } finally {
        closed = true;
      }
    }
    let taken = 0;
    for await (const r of mapInWorkers(endless(), 2, {})) {
      expect(r.doc.file).toBe(`endless/${taken}.txt`);
      if (++taken === 1000) break;
    }
    expect(closed).toBe(true);
    // 2 workers x 4 batches x 256 documents, plus the batch being filled.
    expect(pulled - taken).toBeLessThanOrEqual(2 * 4 * 256 + 256);
  });

  test('a slow consumer never stalls it (every batch done while results are yielded)', async () => {
    // Regression: yielding let the workers finish every batch out, and the loop then waited for
    // a batch it had never sent.
    const docs = Array.from({ length: 6000 }, (_, i) => doc(`slow/${i}.txt`, `Some ${i} people were displaced.`));
    let n = 0;
    for await (const r of mapInWorkers(from(docs), 2, {}, { workerUrl: failingWorker })) {
      expect(r.doc).toBe(docs[n]);
      n++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(n).toBe(docs.length);
  });

  test('an error in a worker rejects the iteration naming the file, after the documents before it', async () => {
    const docs = [...synthetic(10), doc('bad/boom.txt', 'x'), ...synthetic(10)];
    const seen: string[] = [];
    const run = async () => {
      for await (const r of mapInWorkers(from(docs), 2, {}, { workerUrl: failingWorker })) seen.push(r.doc.file);
    };
    const err = await run().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(WorkerExtractError);
    expect((err as WorkerExtractError).message).toBe('bad/boom.txt: cannot read this');
    expect((err as WorkerExtractError).exitCode).toBe(2);
    expect(seen).toEqual(docs.slice(0, 10).map((d) => d.file));
  });

  test('a worker that dies rejects the iteration naming the files it had', async () => {
    const docs = [doc('a/crash.txt', 'x')];
    await expect(collect(mapInWorkers(from(docs), 2, {}, { workerUrl: failingWorker }))).rejects.toThrow(/exited \(code 3\).*a\/crash\.txt/);
  });

  test('a bad rule config fails in the worker and rejects the iteration', async () => {
    const config = { cues: 5 } as unknown as RuleConfig; // buildRules throws on it inside the worker
    await expect(collect(mapInWorkers(from(synthetic(3)), 2, config))).rejects.toThrow(/extraction worker failed/);
  });

  test('jobs must be a positive integer', async () => {
    await expect(collect(mapInWorkers(from([]), 0, {}))).rejects.toThrow(RangeError);
    await expect(collect(mapInWorkers(from([]), 1.5, {}))).rejects.toThrow(RangeError);
  });
});
