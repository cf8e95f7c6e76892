// Worker-thread side of `claims extract --jobs N` (see parallel.ts): builds the rule set once from
// the config it is started with, then, for each batch it is sent, reads the files itself (so the
// main thread only lists them) and extracts every document, in order.
import { parentPort, workerData } from 'node:worker_threads';
import type { Claim } from '../model.js';
import { extractDocument } from '../pipeline.js';
import { buildRules, type RuleConfig } from '../claims/rules.js';
import { capYoungGeneration } from './heap.js';
import { isPlain, unitFile } from './unit-results.js';
import { loadFile, loadReaders, type FileOptions, type FileOutcome, type ReadUnit, type Readers } from '../corpus/index.js';

/** What a worker is started with. */
export interface WorkerSetup {
  config?: RuleConfig;
  fileOptions?: FileOptions;
}

/** Sent by the main thread: a numbered batch of units (files to read, or documents). */
export interface BatchRequest {
  seq: number;
  units: ReadUnit[];
}

/** One unit done: what reading the file found (null for a document), and each document's claims. */
export interface UnitResult {
  outcome: FileOutcome | null;
  docs: { file: string; claims: Claim[] }[];
}

export interface WorkerFailure {
  /** Index in the batch of the unit that failed, and the document it failed on. */
  index: number;
  file: string;
  message: string;
  stack?: string;
  exitCode?: number;
}

/**
 * Sent back: the results of each unit in the batch, up to the first that failed (if any). Most
 * files of a corpus are read as one document with no problem and no claim: each of those is sent
 * as null, and the main thread rebuilds it (unit-results.ts), so messages carry only
 * what the main thread cannot know.
 */
export interface BatchResponse {
  seq: number;
  results: (UnitResult | null)[];
  error: WorkerFailure | null;
}

const port = parentPort;
if (!port) throw new Error('extract-worker runs only as a worker thread (see cli/parallel.ts)');
const setup = (workerData as WorkerSetup | null) ?? {};
const rules = buildRules(setup.config ?? {});
const readers: Readers = {};
capYoungGeneration();

function failure(index: number, file: string, err: unknown): WorkerFailure {
  const e = err as { message?: unknown; stack?: unknown; exitCode?: unknown };
  return {
    index,
    file,
    message: typeof e?.message === 'string' ? e.message : String(err),
    ...(typeof e?.stack === 'string' ? { stack: e.stack } : {}),
    ...(typeof e?.exitCode === 'number' ? { exitCode: e.exitCode } : {}),
  };
}

async function run({ seq, units }: BatchRequest): Promise<BatchResponse> {
  const results: (UnitResult | null)[] = [];
  for (const unit of units) {
    if (unit.kind === 'problem') {
      results.push({ outcome: { file: unit.problem.file, read: false, problems: [unit.problem] }, docs: [] });
      continue;
    }
    let file = unitFile(unit);
    try {
      if (unit.kind === 'doc') {
        const result: UnitResult = { outcome: null, docs: [{ file, claims: extractDocument(unit.doc, rules) }] };
        results.push(isPlain(unit, result) ? null : result);
        continue;
      }
      if (unit.input.format) await loadReaders([unit.input.format], readers);
      const { docs, ...outcome } = loadFile(unit, readers, setup.fileOptions ?? {});
      const result: UnitResult = { outcome, docs: [] };
      for (const doc of docs) {
        file = doc.file;
        result.docs.push({ file, claims: extractDocument(doc, rules) });
      }
      results.push(isPlain(unit, result) ? null : result);
    } catch (err) {
      return { seq, results, error: failure(results.length, file, err) };
    }
  }
  return { seq, results, error: null };
}

// Batches are handled one after another, in the order they came, even across awaits.
let queue = Promise.resolve();
port.on('message', (request: BatchRequest) => {
  queue = queue.then(async () => port.postMessage(await run(request)));
});
