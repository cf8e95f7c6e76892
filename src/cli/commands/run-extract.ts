// The work behind `claims extract`: read documents, extract claims (in workers with --jobs),
// check each against the Claim schema, and stream them to the chosen renderer in order.
import type { Command } from 'commander';
import { Claim } from '../../model.js';
import type { RuleConfig, RuleSet } from '../../claims/rules.js';
import { extractDocument } from '../../pipeline.js';
import { debugEnabled, type Io } from '../io.js';
import { capYoungGeneration } from '../heap.js';
import type { CliContext } from '../context.js';
import { InternalError, ReportedExit } from '../errors.js';
import { inputsOrStdin, readInputs, type Reading } from '../inputs.js';
import { createSink, type Column } from '../render/index.js';
import { chooseFormat, type FormatFlags } from './options.js';

interface ExtractFlags extends FormatFlags {
  metric?: string[];
  explain?: boolean;
  jobs: number;
  outlet?: string;
  published?: string;
}

const sentenceOrText = (c: Claim) => c.sentence || c.text;

export const CLAIM_COLUMNS: Column<Claim>[] = [
  { header: 'file', value: (c) => c.source.file, shrink: { order: 2, min: 16, keep: 'end' } },
  { header: 'published', value: (c) => c.source.published },
  { header: 'metric', value: (c) => c.metric },
  { header: 'status', value: (c) => c.status },
  { header: 'value', value: (c) => c.value },
  { header: 'qualifier', value: (c) => c.qualifier },
  { header: 'claimant', value: (c) => c.claimant, shrink: { order: 3, min: 12, keep: 'start' } },
  { header: 'quote', value: sentenceOrText, shrink: { order: 1, min: 20, keep: 'start' } },
];

export const EXPLAIN_COLUMNS: Column<Claim>[] = [
  { header: 'rule', value: (c) => c.evidence.rule },
  { header: 'cue', value: (c) => c.evidence.cue },
];

/** CSV carries every scalar field, so a spreadsheet loses nothing that JSON has. */
export const CSV_COLUMNS: Column<Claim>[] = [
  { header: 'id', value: (c) => c.id },
  { header: 'file', value: (c) => c.source.file },
  { header: 'outlet', value: (c) => c.source.outlet },
  { header: 'url', value: (c) => c.source.url },
  { header: 'published', value: (c) => c.source.published },
  { header: 'metric', value: (c) => c.metric },
  { header: 'status', value: (c) => c.status },
  { header: 'value', value: (c) => c.value },
  { header: 'low', value: (c) => c.low },
  { header: 'high', value: (c) => c.high },
  { header: 'unit', value: (c) => c.unit },
  { header: 'qualifier', value: (c) => c.qualifier },
  { header: 'incremental', value: (c) => c.incremental },
  { header: 'claimant', value: (c) => c.claimant },
  { header: 'scope', value: (c) => c.scope },
  { header: 'subject', value: (c) => c.subject },
  { header: 'asOf', value: (c) => c.asOf },
  { header: 'text', value: (c) => c.text },
  { header: 'sentence', value: (c) => c.sentence },
  { header: 'start', value: (c) => c.span[0] },
  { header: 'end', value: (c) => c.span[1] },
  { header: 'rule', value: (c) => c.evidence.rule },
  { header: 'cue', value: (c) => c.evidence.cue },
];

/** Offset order within a document, whatever order the claims stage returned them in. */
export function byOffset(a: Claim, b: Claim): number {
  return a.span[0] - b.span[0] || a.span[1] - b.span[1];
}

type Extracted = AsyncIterable<{ file: string; claims: Claim[] }>;

/**
 * One document at a time in this thread. A document the pipeline fails on is reported and
 * skipped (exit 2), so one bad article never costs the claims of the others.
 */
async function* inProcess(rules: RuleSet, reading: Reading, io: Io, debug: boolean): Extracted {
  for await (const doc of reading.docs()) {
    let claims: Claim[];
    try {
      claims = extractDocument(doc, rules);
    } catch (err) {
      reading.fail(doc.file, `internal error while extracting: ${(err as Error).message} (please report it with this file${debug ? '' : '; DEBUG=claims shows the stack'})`);
      if (debug) io.stderr.write(`${(err as Error).stack}\n`);
      continue;
    }
    yield { file: doc.file, claims };
  }
}

/** Files listed here, read and extracted in workers; what reading found is recorded here, in order. */
async function* inWorkers(reading: Reading, jobs: number, config: RuleConfig): Extracted {
  // Loaded only for --jobs > 1; a literal specifier so the CLI bundle carries it.
  const { mapBatchesInWorkers } = await import('../parallel.js');
  const { plainResult } = await import('../unit-results.js');
  for await (const { units, results } of mapBatchesInWorkers(reading.units(), jobs, { config, fileOptions: reading.fileOptions })) {
    for (let i = 0; i < results.length; i++) {
      const result = results[i] ?? plainResult(units[i]!);
      if (result.outcome) reading.admit(result.outcome, result.docs.length);
      // A document without claims has nothing to write: only those with claims go on.
      for (const doc of result.docs) if (doc.claims.length > 0) yield doc;
    }
  }
}

/**
 * zod compiles an object schema into a function on its first parse: worth it over many claims
 * (some 1.5 against 8 µs a claim), not for a handful, where the compile is milliseconds of the
 * start-up. So the first claims of a process are checked without it; the checks are the same.
 */
const JITLESS_CLAIMS = 500;
const JITLESS = { jitless: true } as const;
let claimsChecked = 0;

/** A claim that fails its own schema is a bug in claims, not in the input. */
export function checkedClaim(raw: Claim, file: string): Claim {
  const parsed = Claim.safeParse(raw, claimsChecked++ < JITLESS_CLAIMS ? JITLESS : undefined);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new InternalError(
    `internal error: a claim from ${file} does not match the Claim schema (${issue.path.join('.') || 'claim'}: ${issue.message}); please report this with the input file`,
  );
}

export async function runExtract(cmd: Command, args: string[], io: Io, context: CliContext): Promise<void> {
  const flags = cmd.opts<ExtractFlags>();
  const globals = context.globals(cmd);
  const format = chooseFormat(flags, io.stdout.isTTY === true);
  const inputs = inputsOrStdin(cmd, args, io);
  const { config, rules } = await context.loadConfig(cmd, inputs);
  const reading = readInputs(inputs, { ...globals, outlet: flags.outlet, published: flags.published }, io);
  const metrics = flags.metric && flags.metric.length > 0 ? new Set(flags.metric) : null;
  const explain = flags.explain === true;
  const sink = await createSink<Claim>(format, io.stdout, {
    columns: explain ? [...CLAIM_COLUMNS, ...EXPLAIN_COLUMNS] : CLAIM_COLUMNS,
    csvColumns: CSV_COLUMNS,
    color: context.color(cmd, io.stdout),
    width: io.stdout.columns || 120,
    empty: 'no claims found',
  });

  const debug = debugEnabled(io.env);
  capYoungGeneration();
  const results = flags.jobs > 1 ? inWorkers(reading, flags.jobs, config) : inProcess(rules, reading, io, debug);
  let found = 0;
  for await (const { file, claims } of results) {
    const ordered = claims.map((c) => checkedClaim(c, file)).sort(byOffset);
    for (const claim of ordered) {
      if (metrics && !metrics.has(claim.metric)) continue;
      found++;
      await sink.add(claim);
    }
  }
  await sink.end();
  const code = reading.finish(found, 'claim');
  if (code !== 0) throw new ReportedExit(code);
}
