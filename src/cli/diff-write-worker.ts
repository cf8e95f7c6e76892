// Worker-thread side of writing `claims diff --json` (see diff-write-thread.ts): runs the batches
// of work it is sent (render/write-ops.ts), copying claim lines from the input the main thread
// shares with it, and writes the bytes to stdout (descriptor 1) itself.
import { writeSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { OpsOutput, type OpsBatch } from './render/write-ops.js';

export type WriterRequest =
  | { type: 'start'; input: SharedArrayBuffer; offset: number; length: number }
  | { type: 'batch'; batch: OpsBatch }
  | { type: 'end' };
export type WriterReply = { type: 'ack' } | { type: 'done' } | { type: 'error'; code?: string; message: string };

const port = parentPort;
if (!port) throw new Error('diff-write-worker runs only as a worker thread (see cli/diff-write-thread.ts)');

const pause = new Int32Array(new SharedArrayBuffer(4));

/** All of `bytes` to descriptor 1; a descriptor that is not blocking is waited for. */
function writeAll(bytes: Buffer): void {
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(1, bytes, at, bytes.length - at);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      Atomics.wait(pause, 0, 0, 2);
    }
  }
}

let input: Uint8Array | null = null;
let output: OpsOutput | null = null;
let failed = false;

port.on('message', (request: WriterRequest) => {
  if (failed) return;
  try {
    if (request.type === 'start') {
      input = new Uint8Array(request.input, request.offset, request.length);
      output = new OpsOutput(writeAll);
    } else if (request.type === 'batch') {
      output!.run(request.batch, input!);
      port.postMessage({ type: 'ack' } satisfies WriterReply);
    } else {
      output!.end();
      port.postMessage({ type: 'done' } satisfies WriterReply);
    }
  } catch (err) {
    failed = true;
    const e = err as NodeJS.ErrnoException;
    port.postMessage({ type: 'error', code: e.code, message: e.message } satisfies WriterReply);
  }
});
