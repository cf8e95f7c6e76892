// Two ways to run the CLI in tests: spawn the built bin/claims.js (a pipe, as scripts use it),
// or call main() in-process with streams that say they are a terminal (as a person uses it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'claims.js');
export const BUILT = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Environment without anything that would turn colour on or off behind a test's back. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'TERM', 'DEBUG', 'CI']) delete env[key];
  Object.assign(env, extra);
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

export function runPipe(args: string[], opts: { input?: string; env?: Record<string, string | undefined>; cwd?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env: cleanEnv(opts.env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface FakeStream {
  text: string;
  isTTY: boolean;
  columns: number;
  write(chunk: string): boolean;
}

function fakeStream(isTTY: boolean, columns = 200): FakeStream {
  return {
    text: '',
    isTTY,
    columns,
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

/** main() in-process; every stream a terminal unless told otherwise. */
export async function runTty(
  args: string[],
  opts: { env?: Record<string, string | undefined>; stdin?: string; stdoutTTY?: boolean; stderrTTY?: boolean; columns?: number } = {},
): Promise<RunResult> {
  const stdout = fakeStream(opts.stdoutTTY ?? true, opts.columns);
  const stderr = fakeStream(opts.stderrTTY ?? true);
  const stdin = Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]) as Readable & { isTTY?: boolean };
  stdin.isTTY = opts.stdin === undefined;
  const io: Io = { stdout, stderr, stdin, env: cleanEnv(opts.env), cwd: ROOT };
  const code = await main(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export const ESC = '\u001b[';
