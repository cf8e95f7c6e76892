import type { Command } from 'commander';
import type { Io } from '../io.js';
import type { Claim } from '../../model.js';
import { readDocuments, type LoadReport } from '../../corpus/index.js';
import { extractDocument } from '../../pipeline.js';

export function registerExtract(program: Command, io: Io): void {
  program
    .command('extract')
    .description('Extract numeric claims from articles')
    .argument('[inputs...]', 'files or folders', ['seeds'])
    .option('--json', 'print a JSON array')
    .action(async (inputs: string[]) => {
      const report: LoadReport = { files: 0, skipped: [], warnings: [] };
      const claims: Claim[] = [];
      for await (const doc of readDocuments(inputs, { cwd: io.cwd }, report)) claims.push(...extractDocument(doc));
      io.stdout.write(`${JSON.stringify(claims, null, 2)}\n`);
    });
}
