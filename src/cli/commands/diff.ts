// claims diff [inputs...]: reconcile claims across sources. Claims come from extracting the
// inputs, or from a JSON array / NDJSON of claims piped on stdin, or (no inputs, a terminal on
// stdin) from the bundled seeds/. Output: a report (coloured on a terminal) or --json findings.
import { fstatSync, read } from 'node:fs';
import { Option, type Command } from 'commander';
import { Check, Claim, Group, METRICS, Policy, type Claim as ClaimT, type Findings } from '../../model.js';
import { DEFAULT_RULES, type RuleSet } from '../../claims/rules.js';
import { readDocuments, type LoadReport } from '../../corpus/index.js';
import { extractDocument } from '../../pipeline.js';
import { chalkFor } from '../color.js';
import { FindingsExit, InputError, InternalError } from '../errors.js';
import { debugEnabled, type Io } from '../io.js';
import type { CliContext } from '../context.js';
import type { FindingsOf } from '../../reconcile/index.js';
import { packageRoot } from '../package-root.js';
import type { ClaimStore as ClaimStoreT } from '../../reconcile/store.js';

/** Below this size, claims on stdin are read on one thread: starting a worker costs some 30 ms. */
const SPLIT_MIN_BYTES = 16 << 20;

const EXAMPLES = `Examples:
  claims diff                                  reconcile the bundled seeds/
  claims diff seeds/ --metric area             one metric, from articles
  claims extract corpus/ --ndjson | claims diff --metric casualties
  claims diff seeds/ --json --policy range     findings as JSON, figures as the full range
  claims diff seeds/ --fail-on-conflict        exit 1 when any group conflicts
`;

const NOTES = `
Verdicts: agree (figures overlap), conflict (figures of one date disagree, or a running total
shrinks later), progression (figures differ only between dates, the way the status moves),
single (one figure). Policies: conservative (what the latest date's figures agree on), latest
(the latest figure), range (every figure). Exit codes: 0 success, 1 --fail-on-conflict found a
conflict, 2 usage or input errors.
`;

interface DiffOptions {
  metric?: string;
  policy: Policy;
  json?: boolean;
  failOnConflict?: boolean;
  color?: boolean;
}

export function registerDiff(program: Command, io: Io, context?: CliContext): void {
  const cmd = program
    .command('diff')
    .description('Reconcile claims across sources: agreement, conflicts, progressions and arithmetic checks')
    .argument('[inputs...]', 'articles as for extract (default: claims on stdin when piped, else the bundled seeds/)')
    .addOption(new Option('-m, --metric <metric>', 'only this metric').choices(METRICS))
    .addOption(new Option('--policy <policy>', 'how a group\'s figure is reconciled').choices(Policy.options).default('conservative'))
    .option('--json', 'print { groups, checks } as JSON')
    .option('--fail-on-conflict', 'exit 1 when any group conflicts')
    .addHelpText('before', `${EXAMPLES}\n`)
    .addHelpText('after', NOTES)
    .action(async (inputs: string[], opts: DiffOptions, self: Command) => {
      await runDiff(inputs, opts, self, io, context);
    });
  // The program may declare --no-color for every command; declare it here only when it does not.
  if (!program.options.some((o) => o.long === '--no-color')) cmd.option('--no-color', 'no colour, even on a terminal');
}

async function runDiff(inputs: string[], opts: DiffOptions, cmd: Command, io: Io, context?: CliContext): Promise<void> {
  // DEBUG=claims: how long each stage took, on stderr.
  const debug = debugEnabled(io.env);
  let lapStart = performance.now();
  const lap = (what: string) => {
    if (!debug) return;
    const now = performance.now();
    io.stderr.write(`claims diff: ${what} in ${((now - lapStart) / 1000).toFixed(2)} s\n`);
    lapStart = now;
  };
  const rules = context ? (await context.loadConfig(cmd, inputs)).rules : DEFAULT_RULES;
  const { ClaimStore } = await import('../../reconcile/index.js');
  // Claims piped in go into the store as they are read (columns; see src/reconcile/store.ts).
  // With --metric, the lines kept are copied, so that the input's buffers can go.
  const store = new ClaimStore(rules, { copyLines: opts.metric !== undefined });
  /** The input when it was read whole into shared memory (see readStdin). */
  let input: Buffer | null = null;
  if (inputs.length > 0 || io.stdin.isTTY) {
    const extracted = inputs.length > 0 ? await extractClaims(inputs, io.cwd, io, rules) : await extractClaims(['seeds'], packageRoot(), io, rules);
    for (const c of extracted) if (!opts.metric || c.metric === opts.metric) store.add(c);
  } else {
    input = await readStdin(io, opts.metric, store);
  }
  lap(`read ${store.size} claims`);
  // With the claims' lines in shared memory, a worker can write the JSON findings (see ../diff-write-thread.ts).
  let writer: import('../diff-write-thread.js').WriterThread | null = null;
  if (input && opts.json && io.stdout === process.stdout) {
    const { WriterThread, stdoutWritable } = await import('../diff-write-thread.js');
    if (stdoutWritable(process.stdout.isTTY)) writer = WriterThread.start(input);
  }
  try {
    await reconcileAndWrite(store, opts, cmd, io, rules, writer, lap);
  } finally {
    writer?.close();
  }
}

async function reconcileAndWrite(
  store: ClaimStoreT, opts: DiffOptions, cmd: Command, io: Io, rules: RuleSet,
  writer: import('../diff-write-thread.js').WriterThread | null, lap: (what: string) => void,
): Promise<void> {
  const { findingsOf, claimsOf, reportOf } = await import('../../reconcile/index.js');
  const { writeFindings, writeFindingsOn, renderDiffReport, writeChunk } = await import('../render/diff.js');
  let conflicts = 0;
  if (opts.json && writer) {
    // Each group is checked and handed to the writer as it is made: writing goes on while reconciling.
    const report = reportOf(store, { policy: opts.policy, rules });
    let groupCount = 0;
    const groups = (function* () {
      for (const g of report.groups) {
        assertFinding(GroupFields, g, `groups.${groupCount++}`);
        if (g.verdict === 'conflict') conflicts++;
        yield g;
      }
    })();
    const checks = () => {
      lap(`reconciled and handed over ${groupCount} groups`);
      const list = report.checks();
      list.forEach((c, i) => assertFinding(CheckFields, c, `checks.${i}`));
      lap(`checked ${list.length} checks as they were made`);
      return list;
    };
    try {
      await writeFindingsOn(writer, { groups, checks }, store);
    } catch (err) {
      // As processIo does for stdout: a reader that closed the pipe early ends the run quietly.
      if ((err as { code?: string }).code === 'EPIPE') process.exit(0);
      throw err;
    }
  } else {
    const findings = findingsOf(store, { policy: opts.policy, rules });
    lap(`reconciled into ${findings.groups.length} groups and ${findings.checks.length} checks`);
    findings.groups.forEach((g, i) => assertFinding(GroupFields, g, `groups.${i}`));
    findings.checks.forEach((c, i) => assertFinding(CheckFields, c, `checks.${i}`));
    lap('checked the findings');
    conflicts = findings.groups.filter((g) => g.verdict === 'conflict').length;
    if (opts.json) await writeFindings(findings, store, io.stdout);
    else {
      const globalColor = (cmd.optsWithGlobals() as { color?: boolean }).color;
      const chalk = chalkFor(io.stdout, io.env, opts.color === false || globalColor === false ? false : undefined);
      for (const chunk of renderDiffReport(claimsOf(findings, store), chalk)) await writeChunk(io.stdout, chunk);
    }
  }
  lap('wrote the output');
  if (opts.failOnConflict && conflicts > 0) {
    throw new FindingsExit(`${conflicts} group${conflicts > 1 ? 's' : ''} in conflict (--fail-on-conflict)`);
  }
}

/**
 * Claims on stdin into `store`. A large file, all of whose claims are wanted, is read on two
 * threads (see ../diff-read-split.ts); anything else a chunk at a time (stdinChunks).
 */
async function readStdin(io: Io, metric: string | undefined, store: ClaimStoreT): Promise<Buffer | null> {
  const { readClaims, readClaimsSplit } = await import('./diff-input.js');
  const size = metric === undefined ? stdinFileSize(io) : null;
  if (size === null || size < SPLIT_MIN_BYTES) {
    await readClaims(stdinChunks(io, metric === undefined), metric, store);
    return null;
  }
  const { ScanWorker, readShared, splitPoint } = await import('../diff-read-split.js');
  const worker = new ScanWorker();
  let read: Awaited<ReturnType<typeof readShared>>;
  try {
    read = await readShared(0, size);
  } catch (err) {
    worker.close();
    throw err;
  }
  const { bytes, more } = read;
  const split = more === null ? splitPoint(bytes) : null;
  if (split !== null) {
    try {
      await readClaimsSplit(bytes, split, worker.scan(bytes, split), store);
    } finally {
      worker.close();
    }
    return bytes;
  }
  // The file grew while it was read, or is one line: the usual way, from what was read on.
  worker.close();
  await readClaims(chained([bytes, ...(more ? [more] : [])], more ? fileChunks(0, 0) : null), undefined, store);
  return null;
}

/** `first`, then the chunks of `rest`. */
async function* chained(first: Buffer[], rest: AsyncIterable<Buffer> | null): AsyncGenerator<Buffer> {
  yield* first;
  if (rest) yield* rest;
}

/** The size of stdin when it is a regular file (process.stdin only), else null. */
function stdinFileSize(io: Io): number | null {
  if (io.stdin !== process.stdin) return null;
  try {
    const stat = fstatSync(0);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

/**
 * Stdin to read claims from. A regular file is read 4 MB a read, and (`whole`: when all its
 * lines are kept) into one buffer of its size: process.stdin would read it 64 KB at a time, and
 * a million claims are 600 MB, in buffers that the reader keeps (they hold the claims' JSON),
 * each counted as external memory (every 64 MB of which makes V8 collect the whole heap). A pipe
 * stays as it is (its descriptor may be non-blocking, which a file read cannot take).
 */
function stdinChunks(io: Io, whole: boolean): AsyncIterable<Buffer | string> {
  if (io.stdin !== process.stdin) return io.stdin as AsyncIterable<Buffer | string>;
  let size: number;
  try {
    const stat = fstatSync(0);
    if (!stat.isFile()) return io.stdin as AsyncIterable<Buffer | string>;
    size = stat.size;
  } catch {
    // No descriptor 0 to look at: read process.stdin as it is.
    return io.stdin as AsyncIterable<Buffer | string>;
  }
  return fileChunks(0, whole ? size : 0);
}

const READ_SIZE = 4 << 20;

/**
 * Chunks of a file from its current position, read into one buffer of `size` (more if it grew);
 * with `size` 0, into buffers of READ_SIZE each.
 */
async function* fileChunks(fd: number, size: number): AsyncGenerator<Buffer> {
  let buffer = Buffer.allocUnsafe(Math.max(size, READ_SIZE));
  let at = 0;
  for (;;) {
    if (at === buffer.length) [buffer, at] = [Buffer.allocUnsafe(READ_SIZE), 0];
    const n = await new Promise<number>((resolve, reject) => {
      read(fd, buffer, at, Math.min(READ_SIZE, buffer.length - at), null, (err, bytes) => (err ? reject(err) : resolve(bytes)));
    });
    if (n === 0) return;
    yield buffer.subarray(at, at + n);
    at += n;
  }
}

// Findings checked against their schema before printing. The claims inside are the very objects
// that were validated on the way in (stdin) or after extraction, so each group and check is
// checked here without re-validating them: with a million claims that would double the cost.
const GroupFields = Group.omit({ claims: true });
const CheckFields = Check.omit({ claims: true });

function assertFinding(schema: typeof GroupFields | typeof CheckFields, finding: unknown, where: string): void {
  const parsed = schema.safeParse(finding);
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  throw new InternalError(`findings do not match their schema at ${where}.${issue.path.map(String).join('.')}: ${issue.message}`);
}

/** Extracted claims pass the same schema as piped ones; a failure is a bug in extraction. */
function assertClaims(claims: ClaimT[]): void {
  for (const c of claims) {
    const parsed = Claim.safeParse(c);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InternalError(`extracted claim ${c.id} (${c.source?.file}) does not match its schema at ${issue.path.map(String).join('.')}: ${issue.message}`);
    }
  }
}

async function extractClaims(inputs: string[], cwd: string, io: Io, rules: RuleSet): Promise<ClaimT[]> {
  const report: LoadReport = { files: 0, skipped: [], warnings: [], errors: [] };
  const claims: ClaimT[] = [];
  const onProblem = (p: { file: string; message: string; severity?: string }) => {
    const label = p.severity === 'skip' ? 'skipped ' : p.severity === 'warning' ? 'warning: ' : '';
    io.stderr.write(`claims: ${label}${p.file}: ${p.message}\n`);
  };
  const options = { cwd, stdin: io.stdin, onProblem };
  for await (const doc of readDocuments(inputs, options, report)) {
    for (const c of extractDocument(doc, rules)) claims.push(c);
  }
  const errors = report.errors ?? [];
  if (errors.length > 0) throw new InputError(`${errors.length} input error${errors.length > 1 ? 's' : ''} (see above)`);
  assertClaims(claims);
  return claims;
}
