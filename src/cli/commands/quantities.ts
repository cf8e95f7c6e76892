// claims quantities [inputs...]: every quantity the quantity stage finds, claim or not, with
// the reason a number was excluded, so a user can see why it was or was not taken.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { createContext, type CliContext } from '../context.js';
import { EXAMPLES, FORMATS_NOTE } from '../help.js';
import { addFormatOptions, addSourceOptions } from './options.js';

export function registerQuantities(program: Command, io: Io, context: CliContext = createContext(io)): void {
  const cmd = program
    .command('quantities')
    .description('List every quantity found (claim or not) and why a number was or was not taken')
    .argument('[inputs...]', 'files, folders, quoted globs, or - for stdin (default: stdin when piped)')
    .addHelpText('before', EXAMPLES.quantities)
    .addHelpText('after', FORMATS_NOTE);
  addFormatOptions(cmd);
  addSourceOptions(cmd);
  cmd.action(async (inputs: string[], _opts: unknown, self: Command) => {
    const { runQuantities } = await import('./run-quantities.js');
    await runQuantities(self, inputs, io, context);
  });
}
