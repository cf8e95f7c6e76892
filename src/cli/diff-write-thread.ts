// `claims diff --json` writing on a second thread: when the claims' lines are in memory shared
// with workers (read by diff-read-split.ts) and stdout is a file or a pipe, this thread makes the
// text of the findings while a worker (diff-write-worker.ts) copies the lines, most of the
// output, and writes it all to stdout. A few batches at most are out at a time.
import { fstatSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { OpsBatch } from './render/write-ops.js';
import type { WriterReply, WriterRequest } from './diff-write-worker.js';
import { existingWorkerUrl } from './worker-url.js';

const WINDOW = 4;

/** Whether descriptor 1 is a file, a pipe or a device that is no terminal: what a worker can write to itself. */
export function stdoutWritable(isTTY: boolean | undefined): boolean {
  if (isTTY) return false;
  try {
    const stat = fstatSync(1);
    return stat.isFile() || stat.isFIFO() || stat.isCharacterDevice();
  } catch {
    return false;
  }
}

/** A writing worker; unreferenced but while it writes, so that an error elsewhere ends the run. */
export class WriterThread {
  private outstanding = 0;
  private wake: (() => void) | null = null;
  private failure: Error & { code?: string } | null = null;
  private done = false;

  private constructor(private readonly worker: Worker, readonly input: Buffer) {
    worker.on('message', (reply: WriterReply) => {
      if (reply.type === 'ack') this.outstanding--;
      else if (reply.type === 'done') this.done = true;
      else this.fail(Object.assign(new Error(reply.message), { code: reply.code }));
      this.wakeUp();
    });
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', () => this.fail(new Error('the writing worker stopped')));
    worker.unref();
    const request: WriterRequest = { type: 'start', input: input.buffer as SharedArrayBuffer, offset: input.byteOffset, length: input.length };
    worker.postMessage(request);
  }

  /** A writer of output whose lines are in `input`, or null when none can be started. */
  static start(input: Buffer, url = existingWorkerUrl('diff-write-worker')): WriterThread | null {
    if (url === null || !(input.buffer instanceof SharedArrayBuffer)) return null;
    try {
      return new WriterThread(new Worker(url), input);
    } catch {
      return null;
    }
  }

  /** Hands a batch over, waiting while WINDOW batches are out. */
  async send(batch: OpsBatch): Promise<void> {
    this.worker.ref();
    while (this.outstanding >= WINDOW && this.failure === null) await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failure) throw this.failure;
    this.outstanding++;
    this.worker.postMessage({ type: 'batch', batch } satisfies WriterRequest, [batch.ops.buffer as ArrayBuffer]);
  }

  /** Waits until everything sent is written. */
  async end(): Promise<void> {
    this.worker.ref();
    this.worker.postMessage({ type: 'end' } satisfies WriterRequest);
    while (!this.done && this.failure === null) await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failure) throw this.failure;
    this.close();
  }

  close(): void {
    this.worker.removeAllListeners('exit');
    void this.worker.terminate();
  }

  private fail(err: Error & { code?: string }): void {
    this.failure ??= err;
    this.wakeUp();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
