// `claims extract --jobs N`: reading and extraction on N worker threads (extract-worker.ts),
// results in input order, each yielded as soon as it and those before it are done. The main
// thread only lists the files; workers read them. Units (files, or documents already read) go
// out in batches of about BATCH_CHARS characters (so the cost of a message stays small beside
// the work it carries); at most IN_FLIGHT_PER_WORKER batches per worker are out or waiting to be
// yielded at any time, so memory stays flat however long the input is. A failure in a unit
// rejects the iteration with the file's name, after the results of the units before it.
import { Worker } from 'node:worker_threads';
import type { Claim, Document } from '../model.js';
import type { RuleConfig } from '../claims/rules.js';
import type { ReadUnit } from '../corpus/index.js';
import type { BatchRequest, BatchResponse, UnitResult, WorkerSetup } from './extract-worker.js';
import { plainResult, unitFile } from './unit-results.js';
import { workerUrl } from './worker-url.js';

const BATCH_CHARS = 64 * 1024;
const BATCH_UNITS = 256;
const IN_FLIGHT_PER_WORKER = 4;
/** A file's size is not known before a worker reads it: count it as a short article, so that a batch
 * holds some 64 files and messages stay few (each wakes the other thread). */
const FILE_CHARS = 1024;

export interface DocClaims {
  doc: Document;
  claims: Claim[];
}

interface Slot {
  worker: Worker;
  /** Characters sent to this worker and not yet answered: work is given to the least loaded. */
  load: number;
  /** Batches out on this worker, by seq, to name the files when the worker itself dies. */
  out: Set<number>;
}

interface Batch {
  units: ReadUnit[];
  chars: number;
  response: BatchResponse | null;
}

const unitChars = (unit: ReadUnit) => (unit.kind === 'doc' ? unit.doc.text.length : unit.kind === 'file' ? (unit.bytes?.length ?? FILE_CHARS) : 0);

/** An error in a worker, naming the file it was extracting; keeps the original's `exitCode` for main's mapping. */
export class WorkerExtractError extends Error {
  readonly file: string;
  readonly exitCode?: number;
  constructor(file: string, message: string, options: { cause?: unknown; exitCode?: number; stack?: string } = {}) {
    super(`${file}: ${message}`, { cause: options.cause });
    this.name = 'WorkerExtractError';
    this.file = file;
    if (options.exitCode !== undefined) this.exitCode = options.exitCode;
    if (options.stack) this.stack = `${this.name}: ${this.message}\n    in worker: ${options.stack}`;
  }
}

export interface MapOptions {
  /** The worker module; tests give one that fails on purpose. Default: extract-worker beside this file. */
  workerUrl?: URL;
}

/** Documents through the workers: each with its claims, in input order. */
export async function* mapInWorkers(
  docs: AsyncIterable<Document>,
  jobs: number,
  config: RuleConfig,
  options: MapOptions = {},
): AsyncGenerator<DocClaims> {
  async function* units(): AsyncGenerator<ReadUnit> {
    for await (const doc of docs) yield { kind: 'doc', doc };
  }
  for await (const { unit, result } of mapUnitsInWorkers(units(), jobs, { config }, options)) {
    if (unit.kind === 'doc') yield { doc: unit.doc, claims: result.docs[0]?.claims ?? [] };
  }
}

/** Read units through the workers (files are read there): each with its result, in input order. */
export async function* mapUnitsInWorkers(
  input: AsyncIterable<ReadUnit>,
  jobs: number,
  setup: WorkerSetup,
  options: MapOptions = {},
): AsyncGenerator<{ unit: ReadUnit; result: UnitResult }> {
  for await (const { units, results } of mapBatchesInWorkers(input, jobs, setup, options)) {
    for (let i = 0; i < results.length; i++) yield { unit: units[i]!, result: results[i] ?? plainResult(units[i]!) };
  }
}

/** A batch of units done, in input order: a null result is plainResult(unit) (see unit-results.ts). */
export interface BatchDone {
  units: ReadUnit[];
  results: (UnitResult | null)[];
}

/**
 * As mapUnitsInWorkers, a batch at a time: a consumer with many small units (a corpus of files)
 * then pays for one step of the iteration per batch instead of per file.
 */
export async function* mapBatchesInWorkers(
  input: AsyncIterable<ReadUnit>,
  jobs: number,
  setup: WorkerSetup,
  options: MapOptions = {},
): AsyncGenerator<BatchDone> {
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`jobs must be a positive integer, got ${jobs}`);
  const batches = new Map<number, Batch>();
  let crash: Error | null = null;
  let closing = false;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  /** "while extracting a.txt, b.txt" for the batches out on `slot`, or "before it was given a document". */
  const doing = (slot: Slot): string => {
    const files = [...slot.out].flatMap((seq) => batches.get(seq)?.units.map(unitFile) ?? []);
    return files.length ? `while extracting ${files.join(', ')}` : 'before it was given a document';
  };

  const slots: Slot[] = Array.from({ length: jobs }, () => {
    const slot: Slot = { worker: new Worker(options.workerUrl ?? workerUrl('extract-worker'), { workerData: setup }), load: 0, out: new Set() };
    slot.worker.on('message', (res: BatchResponse) => {
      const batch = batches.get(res.seq);
      if (!batch) return;
      batch.response = res;
      slot.load -= batch.chars;
      slot.out.delete(res.seq);
      notify();
    });
    slot.worker.on('error', (err) => {
      crash ??= new Error(`extraction worker failed ${doing(slot)}: ${err.message}`, { cause: err });
      notify();
    });
    slot.worker.on('exit', (code) => {
      if (!closing) crash ??= new Error(`extraction worker exited (code ${code}) ${doing(slot)}`);
      notify();
    });
    return slot;
  });

  const limit = jobs * IN_FLIGHT_PER_WORKER;
  const source = input[Symbol.asyncIterator]();
  let exhausted = false;
  let nextIn = 0; // seq of the next batch to send
  let nextOut = 0; // seq of the next batch to yield
  let pending: ReadUnit[] = [];
  let pendingChars = 0;
  const send = (): void => {
    const slot = slots.reduce((a, b) => (b.load < a.load ? b : a));
    const request: BatchRequest = { seq: nextIn, units: pending };
    batches.set(nextIn, { units: pending, chars: pendingChars, response: null });
    slot.load += pendingChars;
    slot.out.add(nextIn);
    try {
      slot.worker.postMessage(request);
    } catch (err) {
      // A document that cannot be copied to a worker (not plain data).
      throw new WorkerExtractError(pending.map(unitFile).join(', '), (err as Error).message, { cause: err });
    }
    nextIn++;
    pending = [];
    pendingChars = 0;
  };

  try {
    for (;;) {
      if (crash) throw crash;
      // 1. Yield what is ready, in input order.
      for (let b = batches.get(nextOut); b?.response; b = batches.get(nextOut)) {
        batches.delete(nextOut);
        nextOut++;
        const { results, error } = b.response;
        yield { units: results.length === b.units.length ? b.units : b.units.slice(0, results.length), results };
        if (error) throw new WorkerExtractError(error.file, error.message, { exitCode: error.exitCode, stack: error.stack });
      }
      if (exhausted && nextOut === nextIn) return;
      // 2. Room in the queue and more input: read one more document.
      if (!exhausted && nextIn - nextOut < limit) {
        const r = await source.next();
        if (r.done) {
          exhausted = true;
          if (pending.length > 0) send();
        } else {
          pending.push(r.value);
          pendingChars += unitChars(r.value);
          if (pendingChars >= BATCH_CHARS || pending.length >= BATCH_UNITS) send();
        }
        continue;
      }
      // 3. The queue is full or the input is over, so a batch is out: wait for a worker.
      if (!crash && !batches.get(nextOut)?.response) {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    closing = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
    if (!exhausted) await source.return?.();
  }
}
