// The only top-level catch: maps error classes to exit codes and prints one human line.
import { Command, CommanderError } from 'commander';
import { processIo, type Io } from './io.js';
import { registerExtract } from './commands/extract.js';
import { registerDiff } from './commands/diff.js';

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const program = new Command('claims')
    .description('Extract numeric claims from news articles and reconcile them across sources.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });
  registerExtract(program, io);
  registerDiff(program, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    const code = (err as { exitCode?: number }).exitCode;
    io.stderr.write(`claims: ${(err as Error).message}\n`);
    if (io.env.DEBUG?.includes('claims')) io.stderr.write(`${(err as Error).stack}\n`);
    return typeof code === 'number' ? code : 2;
  }
}
