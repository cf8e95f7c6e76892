// What extract and quantities share: turning arguments into inputs (stdin when piped, help when
// not), reading them with every problem shown as it happens, progress on a terminal, and the
// closing summary line that says what was read, found and skipped.
import type { Command } from 'commander';
import type { Document } from '../model.js';
import { admit, newReport, readDocuments, readUnits, type FileOptions, type FileOutcome, type LoadOptions, type LoadProblem, type LoadReport, type ReadUnit } from '../corpus/index.js';
import { normalisePublished } from '../corpus/dates.js';
import { UsageError, ReportedExit } from './errors.js';
import type { Io } from './io.js';

export interface ReadFlags {
  quiet?: boolean;
  strict?: boolean;
  outlet?: string;
  published?: string;
}

/** Files before progress is worth showing. */
const PROGRESS_MIN_FILES = 50;
const PROGRESS_INTERVAL_MS = 100;

/** No inputs: read a pipe on stdin; at a terminal, show help instead of waiting for typing. */
export function inputsOrStdin(cmd: Command, inputs: string[], io: Io): string[] {
  if (inputs.length > 0) return inputs;
  if (io.stdin.isTTY) {
    cmd.outputHelp({ error: true });
    io.stderr.write(`\nclaims: no inputs given (name files, folders or globs, or pipe text on stdin)\n`);
    throw new ReportedExit(2);
  }
  return ['-'];
}

function problemLine(p: LoadProblem): string {
  if (p.bare) return `claims: ${p.message}`;
  if (p.severity === 'skip') return `claims: skipped ${p.file}: ${p.message}`;
  if (p.severity === 'warning') return `claims: warning: ${p.file}: ${p.message}`;
  return `claims: ${p.file}: ${p.message}`;
}

export interface Reading {
  /** Every document, read in this thread. Use either this or `units`, once. */
  docs(): AsyncGenerator<Document>;
  /** Files still to read (for worker threads) and documents already read, in order. */
  units(): AsyncGenerator<ReadUnit>;
  /** What `units` files need to be read elsewhere. */
  fileOptions: FileOptions;
  /** A file read elsewhere: record its problems (shown now) and counts. */
  admit(outcome: FileOutcome, documents: number): void;
  report: LoadReport;
  /** Report a document that a later stage failed on: one line now, an error in the summary, exit 2. */
  fail(file: string, message: string): void;
  /** Print the summary line (unless --quiet) and return the exit code the reading earned. */
  finish(found: number, noun: string, nounPlural?: string): number;
}

export function readInputs(inputs: string[], flags: ReadFlags, io: Io, verb = 'extracting'): Reading {
  let published: string | undefined;
  if (flags.published !== undefined) {
    published = normalisePublished(flags.published) ?? undefined;
    if (!published) throw new UsageError(`--published: invalid date ${JSON.stringify(flags.published)} (use YYYY-MM-DD)`);
  }
  const override = flags.outlet !== undefined || published !== undefined ? { outlet: flags.outlet, published } : undefined;
  const report = newReport();
  const showProgress = io.stderr.isTTY === true;
  let progressShown = false;
  let lastProgress = 0;
  const clearProgress = () => {
    if (progressShown) io.stderr.write('\r\x1b[K');
    progressShown = false;
  };
  const options: LoadOptions = {
    cwd: io.cwd,
    // Read only for `-`: opening stdin costs milliseconds (io.ts).
    get stdin() {
      return io.stdin;
    },
    override,
    onProblem(p) {
      clearProgress();
      io.stderr.write(`${problemLine(p)}\n`);
    },
    // Only on a terminal: counting the files for the total costs a second listing.
    ...(showProgress && {
      onProgress(done: number, total: number) {
        if (total <= PROGRESS_MIN_FILES) return;
        const now = Date.now();
        if (done < total && now - lastProgress < PROGRESS_INTERVAL_MS) return;
        lastProgress = now;
        io.stderr.write(`\r${verb} ${done}/${total} files`);
        progressShown = true;
      },
    }),
  };
  return {
    docs: () => readDocuments(inputs, options, report),
    units: () => readUnits(inputs, options, report),
    fileOptions: { ...(override ? { override } : {}) },
    admit: (outcome, documents) => admit(outcome, documents, report, options),
    report,
    fail(file, message) {
      clearProgress();
      (report.errors ??= []).push({ file, message });
      io.stderr.write(`claims: ${file}: ${message}\n`);
    },
    finish(found, noun, nounPlural) {
      clearProgress();
      const errors = report.errors?.length ?? 0;
      if (!flags.quiet) io.stderr.write(`claims: ${summaryLine(report, found, noun, nounPlural)}\n`);
      if (errors > 0) return 2;
      if (flags.strict && report.skipped.length > 0) {
        io.stderr.write(`claims: --strict: ${report.skipped.length} input${report.skipped.length === 1 ? ' was' : 's were'} skipped\n`);
        return 2;
      }
      return 0;
    },
  };
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** "read 5 files, found 39 claims; skipped 1 (binary file: x.bin); 1 warning" */
export function summaryLine(report: LoadReport, found: number, noun: string, nounPlural?: string): string {
  let line = `read ${plural(report.files, 'file')}, found ${plural(found, noun, nounPlural)}`;
  if (report.skipped.length > 0) {
    const byReason = new Map<string, string[]>();
    for (const s of report.skipped) {
      const reason = s.reason.replace(/\s*\(.*$/, '');
      byReason.set(reason, [...(byReason.get(reason) ?? []), s.file]);
    }
    const parts = [...byReason].map(([reason, files]) =>
      `${reason}: ${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''}`);
    line += `; skipped ${report.skipped.length} (${parts.join('; ')})`;
  }
  const errors = report.errors?.length ?? 0;
  if (errors > 0) line += `; ${plural(errors, 'error')}`;
  if (report.warnings.length > 0) line += `; ${plural(report.warnings.length, 'warning')}`;
  return line;
}
