// `claims diff` reading a large file of claims on two threads: the input is read whole into
// memory shared with a worker (diff-read-worker.ts), which scans the lines of its second part
// while this thread reads the first; its records are then replayed here, in input order
// (commands/line-records.ts). Scanning is most of reading, and the machines this runs on have
// two cores or more.
import { read } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { RecordSink, type LineRecords } from './commands/line-records.js';
import type { ScanRequest } from './diff-read-worker.js';
import { workerUrl } from './worker-url.js';

/** The share of the input this thread reads: it also puts every claim into the store. */
const SHARE = 0.45;
// Few, large reads: the whole file is read before it is scanned, and each read costs a round trip to the thread pool.
const READ_SIZE = 32 << 20;
const PROBE_SIZE = 64 << 10;

/**
 * The rest of a file from descriptor `fd`'s position, `size` bytes expected, read into shared
 * memory. `more`: the first bytes beyond `size` when the file has grown (null when it has not);
 * the caller then reads on the usual way.
 */
export async function readShared(fd: number, size: number): Promise<{ bytes: Buffer; more: Buffer | null }> {
  const bytes = Buffer.from(new SharedArrayBuffer(size));
  let at = 0;
  for (;;) {
    const room = Math.min(READ_SIZE, size - at);
    // Full: a small read says whether the file has grown.
    const target = room > 0 ? bytes : Buffer.allocUnsafe(PROBE_SIZE);
    const n = await new Promise<number>((resolve, reject) => {
      read(fd, target, room > 0 ? at : 0, room > 0 ? room : PROBE_SIZE, null, (err, count) => (err ? reject(err) : resolve(count)));
    });
    if (n === 0) return { bytes: bytes.subarray(0, at), more: null };
    if (room > 0) at += n;
    else return { bytes, more: target.subarray(0, n) };
  }
}

/** Where the worker's part starts: after the line break nearest SHARE of the way, or null (no split). */
export function splitPoint(bytes: Buffer, share = SHARE): number | null {
  const nl = bytes.indexOf(0x0a, Math.floor(bytes.length * share));
  return nl < 0 || nl + 1 >= bytes.length ? null : nl + 1;
}

/**
 * A reading worker, started before the input is read so that it is ready when the input is.
 * Unreferenced until asked to scan: an error on the way leaves nothing keeping the process alive.
 * Should the worker fail, this thread scans the lines itself, so a failure costs time, never claims.
 */
export class ScanWorker {
  private readonly worker: Worker | null;
  private failed = false;
  private closed = false;

  constructor(url: URL = workerUrl('diff-read-worker')) {
    let worker: Worker | null = null;
    try {
      worker = new Worker(url);
      worker.once('error', () => (this.failed = true));
      worker.unref();
    } catch {
      this.failed = true;
    }
    this.worker = worker;
  }

  /** The records of the lines of bytes[from..]; the worker is done with afterwards. */
  scan(bytes: Buffer, from: number): Promise<LineRecords> {
    const worker = this.worker;
    const scanHere = () => {
      const sink = new RecordSink();
      sink.scan(bytes, from, bytes.length);
      return sink.result();
    };
    if (worker === null || this.failed || this.closed || !(bytes.buffer instanceof SharedArrayBuffer)) {
      this.close();
      return Promise.resolve().then(scanHere);
    }
    return new Promise<LineRecords>((resolve) => {
      const settle = (result: LineRecords | null) => {
        // Closed: the caller has stopped waiting (an error), or this is the exit of a worker done with.
        if (this.closed) return;
        this.close();
        resolve(result ?? scanHere());
      };
      worker.once('message', (result: LineRecords) => settle(result));
      worker.once('error', () => settle(null));
      worker.once('exit', () => settle(null));
      worker.ref();
      const request: ScanRequest = { input: bytes.buffer as SharedArrayBuffer, offset: bytes.byteOffset, length: bytes.length, from };
      worker.postMessage(request);
    });
  }

  /** Stops the worker; a scan not answered yet never will be. */
  close(): void {
    this.closed = true;
    void this.worker?.terminate();
  }
}
