// claims extract [inputs...]: every claim in the inputs, as a table, TSV, JSON, NDJSON or CSV.
// This module only declares the command; run-extract.ts (loaded when it runs) does the work.
import { InvalidArgumentError, type Command } from 'commander';
import type { Io } from '../io.js';
import type { CliContext } from '../context.js';
import { createContext } from '../context.js';
import { EXAMPLES, FORMATS_NOTE } from '../help.js';
import { addFormatOptions, addSourceOptions, metricOption } from './options.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('Expected a whole number of at least 1.');
  return n;
}

export function registerExtract(program: Command, io: Io, context: CliContext = createContext(io)): void {
  const cmd = program
    .command('extract')
    .description('Extract numeric claims from articles')
    .argument('[inputs...]', 'files, folders, quoted globs, or - for stdin (default: stdin when piped)')
    .addOption(metricOption())
    .option('--explain', 'add the rule and cue behind each claim to table/tsv output')
    .option('-j, --jobs <n>', 'extract on N worker threads', positiveInt, 1)
    .addHelpText('before', EXAMPLES.extract)
    .addHelpText('after', FORMATS_NOTE);
  addFormatOptions(cmd);
  addSourceOptions(cmd);
  cmd.action(async (inputs: string[], _opts: unknown, self: Command) => {
    const { runExtract } = await import('./run-extract.js');
    await runExtract(self, inputs, io, context);
  });
}
