// The only top-level catch: maps error classes to exit codes and prints one human line.
// Commands are registered from small modules; what they need to run is imported only when they do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';
import { Command, CommanderError } from 'commander';
import { debugEnabled, processIo, type Io } from './io.js';
import { createContext, type CliContext } from './context.js';
import { EXAMPLES } from './help.js';
import { ReportedExit } from './errors.js';
import { registerExtract } from './commands/extract.js';
import { registerQuantities } from './commands/quantities.js';
import { registerSchema } from './commands/schema.js';
import { registerMetrics } from './commands/metrics.js';
import type { registerDiff as RegisterDiff } from './commands/diff.js';

/** Global options that take a value, so the command name after them can be found in argv. */
const GLOBAL_VALUE_OPTIONS = new Set(['--config']);

/** The subcommand argv asks for (first word that is not an option or an option's value). */
export function commandNameIn(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (GLOBAL_VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/**
 * diff's module loads the whole pipeline and reconciler when imported, so it is imported only to
 * run it or to show help that lists it; any other run gets a stand-in with the same name, which
 * is all that "did you mean" and --version need.
 */
async function addDiff(program: Command, io: Io, context: CliContext, argv: string[]): Promise<void> {
  const wanted = commandNameIn(argv);
  const fullHelp = wanted === undefined && argv.some((a) => a === '-h' || a === '--help');
  if (wanted === 'diff' || wanted === 'help' || fullHelp) {
    const { registerDiff } = (await import('./commands/diff.js')) as { registerDiff: typeof RegisterDiff };
    registerDiff(program, io, context);
  } else {
    program.command('diff').description('Reconcile claims across sources');
  }
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Help to stdout, errors to stderr as "claims: error: ..." like every other message we print. */
function outputTo(io: Io) {
  return {
    writeOut: (s: string) => void io.stdout.write(s),
    writeErr: (s: string) => void io.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) => write(`claims: ${s}`),
  };
}

export async function buildProgram(io: Io, argv: string[], context: CliContext = createContext(io)): Promise<Command> {
  const program = new Command('claims')
    .description('Extract numeric claims from news articles and reconcile them across sources.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--config <path>', 'rules config file (default: claims.config.json in the input folder or here)')
    .option('--no-color', 'no colour, even on a terminal')
    .option('-q, --quiet', 'no summary line on stderr')
    .option('--strict', 'exit 2 when any input is skipped')
    .addHelpText('before', EXAMPLES.program)
    .configureHelp({ showGlobalOptions: true })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(outputTo(io));
  registerExtract(program, io, context);
  registerQuantities(program, io, context);
  registerSchema(program, io, context);
  registerMetrics(program, io, context);
  await addDiff(program, io, context, argv);
  for (const cmd of program.commands) {
    cmd.exitOverride().showSuggestionAfterError(true).configureOutput(outputTo(io));
  }
  return program;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    const program = await buildProgram(io, argv);
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    // --help and --version exit 0; commander's usage errors (exit 1) are ours to map to 2.
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof ReportedExit) return err.exitCode;
    const code = (err as { exitCode?: unknown }).exitCode;
    io.stderr.write(`claims: ${(err as Error).message ?? String(err)}\n`);
    if (debugEnabled(io.env)) io.stderr.write(`${(err as Error).stack}\n`);
    else if (typeof code !== 'number') io.stderr.write('claims: this is a bug in claims; run again with DEBUG=claims for details and report it\n');
    return typeof code === 'number' ? code : 2;
  }
}
