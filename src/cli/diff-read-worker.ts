// Worker-thread side of reading claims for `claims diff` (see diff-read-split.ts): scans the lines
// of its part of the input, which the main thread shares with it, into records (line-records.ts).
import { parentPort } from 'node:worker_threads';
import { RecordSink, type LineRecords } from './commands/line-records.js';

/** Sent by the main thread: the input (`length` bytes at `offset` in `input`), and where its part starts. */
export interface ScanRequest {
  input: SharedArrayBuffer;
  offset: number;
  length: number;
  from: number;
}

const port = parentPort;
if (!port) throw new Error('diff-read-worker runs only as a worker thread (see cli/diff-read-split.ts)');

port.once('message', ({ input, offset, length, from }: ScanRequest) => {
  const sink = new RecordSink();
  // Positions in the records are within the input, as the main thread holds it.
  sink.scan(Buffer.from(input, offset, length), from, length);
  const result: LineRecords = sink.result();
  // The records' buffer is handed over, not copied.
  port.postMessage(result, [result.records.buffer as ArrayBuffer]);
});
