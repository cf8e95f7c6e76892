import type { Command } from 'commander';
import type { Io } from '../io.js';

export function registerDiff(program: Command, _io: Io): void {
  program.command('diff').description('Reconcile claims across sources').action(() => {
    throw new Error('claims diff: not implemented yet');
  });
}
