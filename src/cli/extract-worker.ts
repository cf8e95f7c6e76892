// Worker-thread side of `claims extract --jobs N` (see parallel.ts): builds the rule set once from
// the config it is started with, then extracts each batch of documents it is sent, in order.
import { parentPort, workerData } from 'node:worker_threads';
import type { Claim, Document } from '../model.js';
import { extractDocument } from '../pipeline.js';
import { buildRules, type RuleConfig } from '../claims/rules.js';

/** Sent by the main thread: a numbered batch of documents. */
export interface BatchRequest {
  seq: number;
  docs: Document[];
}

export interface WorkerFailure {
  /** Index in the batch of the document that failed. */
  index: number;
  message: string;
  stack?: string;
  exitCode?: number;
}

/** Sent back: the claims of each document in the batch, up to the first that failed (if any). */
export interface BatchResponse {
  seq: number;
  claims: Claim[][];
  error: WorkerFailure | null;
}

const port = parentPort;
if (!port) throw new Error('extract-worker.js runs only as a worker thread (see cli/parallel.ts)');
const rules = buildRules((workerData as { config?: RuleConfig } | null)?.config ?? {});

port.on('message', ({ seq, docs }: BatchRequest) => {
  const claims: Claim[][] = [];
  let error: WorkerFailure | null = null;
  for (const doc of docs) {
    try {
      claims.push(extractDocument(doc, rules));
    } catch (err) {
      const e = err as { message?: unknown; stack?: unknown; exitCode?: unknown };
      error = {
        index: claims.length,
        message: typeof e?.message === 'string' ? e.message : String(err),
        ...(typeof e?.stack === 'string' ? { stack: e.stack } : {}),
        ...(typeof e?.exitCode === 'number' ? { exitCode: e.exitCode } : {}),
      };
      break;
    }
  }
  const response: BatchResponse = { seq, claims, error };
  port.postMessage(response);
});
