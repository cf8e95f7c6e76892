// The JSON findings of `claims diff` as work for a writing thread (src/cli/diff-write-worker.ts):
// text, and the byte ranges of claim lines in the input, which the writer copies from memory it
// shares with the main thread. The main thread makes the text (JSON.stringify of each group and
// check) while the writer encodes, copies and writes: most of the output is the claims' lines.

/** A batch of work: texts, and ops in pairs (a line's start and end; TEXT: the next text; COMMA). */
export interface OpsBatch {
  texts: string[];
  ops: Float64Array;
  count: number;
}

const TEXT = -1;
const COMMA = -2;
/** A batch is handed over once it holds about this many bytes. */
const BATCH_BYTES = 4 << 20;

/** Collects ops; `take` hands over the full batches so far. */
export class OpsBuilder {
  private texts: string[] = [];
  private ops = new Float64Array(8192);
  private count = 0;
  private bytes = 0;
  private readonly full: OpsBatch[] = [];

  text(s: string): void {
    this.texts.push(s);
    this.push(TEXT, 0, s.length);
  }

  comma(): void {
    this.push(COMMA, 0, 1);
  }

  /** Input bytes [start, end) as they are. */
  line(start: number, end: number): void {
    this.push(start, end, end - start);
  }

  take(all = false): OpsBatch[] {
    if (all && this.count > 0) this.close();
    return this.full.splice(0);
  }

  private push(a: number, b: number, bytes: number): void {
    if (this.count * 2 + 2 > this.ops.length) {
      const bigger = new Float64Array(this.ops.length * 2);
      bigger.set(this.ops);
      this.ops = bigger;
    }
    this.ops[this.count * 2] = a;
    this.ops[this.count * 2 + 1] = b;
    this.count++;
    this.bytes += bytes;
    if (this.bytes >= BATCH_BYTES) this.close();
  }

  private close(): void {
    this.full.push({ texts: this.texts, ops: this.ops.slice(0, this.count * 2), count: this.count });
    this.texts = [];
    this.count = 0;
    this.bytes = 0;
  }
}

/**
 * Where a batch's bytes go: a buffer of a fixed size, handed to `flush` each time it is full.
 * `flush` must be done with the bytes when it returns (the buffer is filled again).
 */
export class OpsOutput {
  private buffer: Buffer;
  private used = 0;

  constructor(private readonly flush: (bytes: Buffer) => void, private readonly size = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Runs a batch: texts encoded as UTF-8, lines copied from `input`. */
  run({ texts, ops, count }: OpsBatch, input: Uint8Array): void {
    let text = 0;
    for (let k = 0; k < count; k++) {
      const a = ops[k * 2]!;
      if (a === TEXT) this.text(texts[text++]!);
      else if (a === COMMA) this.byte(0x2c);
      else this.copy(input, a, ops[k * 2 + 1]!);
    }
  }

  /** Hands over what is left. */
  end(): void {
    if (this.used > 0) this.flush(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private room(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    this.end();
    if (bytes > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(this.size, bytes));
  }

  private text(s: string): void {
    // At most 3 bytes per UTF-16 unit.
    this.room(s.length * 3);
    this.used += this.buffer.write(s, this.used);
  }

  private byte(b: number): void {
    this.room(1);
    this.buffer[this.used++] = b;
  }

  private copy(input: Uint8Array, start: number, end: number): void {
    this.room(end - start);
    this.buffer.set(input.subarray(start, end), this.used);
    this.used += end - start;
  }
}
