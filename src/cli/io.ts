// Everything a command touches in the outside world, so tests can run the same command as a
// terminal and as a pipe without spawning a process.
export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** Terminal width, when the stream is a terminal. */
  columns?: number;
  once?(event: 'drain', listener: () => void): unknown;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

let pipeGuarded = false;

/** The real process; a reader that closes the pipe early (`| head -1`) ends the run quietly. */
export function processIo(): Io {
  if (!pipeGuarded) {
    pipeGuarded = true;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Opened on first use: most runs name their inputs, and opening stdin costs milliseconds.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Write and, when the stream's buffer is full, wait for it to drain so memory stays flat. */
export async function writeOut(stream: OutStream, chunk: string): Promise<void> {
  if (stream.write(chunk) === false && stream.once) await new Promise<void>((done) => stream.once!('drain', done));
}

/** DEBUG=claims (or a list holding it, or *) asks for stack traces. */
export function debugEnabled(env: Io['env']): boolean {
  return (env.DEBUG ?? '').split(',').some((d) => d.trim() === 'claims' || d.trim() === '*');
}
