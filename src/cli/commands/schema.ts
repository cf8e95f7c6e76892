// claims schema [--type T]: the JSON Schema of what claims prints, generated from the zod
// schemas in src/model.ts (z.toJSONSchema), so scripts can validate our output.
import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import { createContext, type CliContext } from '../context.js';
import { EXAMPLES } from '../help.js';
import { writeOut } from '../io.js';

export const SCHEMA_TYPES = ['claim', 'quantity', 'findings', 'document', 'config'] as const;
export type SchemaType = (typeof SCHEMA_TYPES)[number];

export async function jsonSchemaOf(type: SchemaType): Promise<unknown> {
  const [{ z }, model] = await Promise.all([import('zod'), import('../../model.js')]);
  const schemas = { claim: model.Claim, quantity: model.Quantity, findings: model.Findings, document: model.Document, config: model.Config };
  // Output shape: fields with defaults are always present in what we print.
  return { $id: `claims/${type}`, ...z.toJSONSchema(schemas[type], { io: type === 'config' ? 'input' : 'output', unrepresentable: 'any' }) };
}

export function registerSchema(program: Command, io: Io, _context: CliContext = createContext(io)): void {
  program
    .command('schema')
    .description('Print the JSON Schema of claims output (a claim by default)')
    .addOption(new Option('-t, --type <type>', 'which schema').choices(SCHEMA_TYPES).default('claim'))
    .addHelpText('before', EXAMPLES.schema)
    .action(async (opts: { type: SchemaType }) => {
      await writeOut(io.stdout, `${JSON.stringify(await jsonSchemaOf(opts.type), null, 2)}\n`);
    });
}
