// The work behind `claims quantities`: each quantity with the file it is in and, when it became
// a claim, the claim's metric and status; otherwise why not.
import type { Command } from 'commander';
import { Quantity, type Claim } from '../../model.js';
import { extractDocument, quantitiesOf } from '../../pipeline.js';
import type { Io } from '../io.js';
import type { CliContext } from '../context.js';
import { InternalError, ReportedExit } from '../errors.js';
import { inputsOrStdin, readInputs } from '../inputs.js';
import { createSink, type Column } from '../render/index.js';
import { chooseFormat, type FormatFlags } from './options.js';

export interface FoundQuantity extends Quantity {
  file: string;
  /** "casualties/killed" when this quantity became a claim, else null. */
  claim: string | null;
}

const span = (q: FoundQuantity) => `${q.span[0]}-${q.span[1]}`;

/** Why a quantity is not a claim: the quantity stage's reason, or "no metric cue" when it was a candidate. */
export function verdictOf(q: FoundQuantity): string {
  if (q.claim) return `claim: ${q.claim}`;
  return q.excluded ? `excluded: ${q.excluded}` : 'not a claim (no metric cue)';
}

export const QUANTITY_COLUMNS: Column<FoundQuantity>[] = [
  { header: 'file', value: (q) => q.file, shrink: { order: 2, min: 16, keep: 'end' } },
  { header: 'span', value: span },
  { header: 'text', value: (q) => q.text, shrink: { order: 3, min: 16, keep: 'start' } },
  { header: 'value', value: (q) => q.value },
  { header: 'low', value: (q) => q.low },
  { header: 'high', value: (q) => q.high },
  { header: 'unit', value: (q) => q.unit },
  { header: 'dimension', value: (q) => q.dimension },
  { header: 'qualifier', value: (q) => q.qualifier },
  { header: 'verdict', value: verdictOf, shrink: { order: 1, min: 20, keep: 'start' } },
];

/** The claim whose span overlaps the quantity's, if any. */
function claimFor(q: Quantity, claims: Claim[]): Claim | undefined {
  return claims.find((c) => c.span[0] < q.span[1] && q.span[0] < c.span[1]);
}

export async function runQuantities(cmd: Command, args: string[], io: Io, context: CliContext): Promise<void> {
  const flags = cmd.opts<FormatFlags & { outlet?: string; published?: string }>();
  const format = chooseFormat(flags, io.stdout.isTTY === true);
  const inputs = inputsOrStdin(cmd, args, io);
  const { rules } = await context.loadConfig(cmd, inputs);
  const reading = readInputs(inputs, { ...context.globals(cmd), outlet: flags.outlet, published: flags.published }, io);
  const sink = await createSink<FoundQuantity>(format, io.stdout, {
    columns: QUANTITY_COLUMNS,
    color: context.color(cmd, io.stdout),
    width: io.stdout.columns || 120,
    empty: 'no quantities found',
  });
  let found = 0;
  for await (const doc of reading.docs()) {
    let claims: Claim[];
    let quantities: Quantity[];
    try {
      claims = extractDocument(doc, rules);
      quantities = quantitiesOf(doc);
    } catch (err) {
      // One article the pipeline fails on costs only that article (exit 2, named on stderr).
      reading.fail(doc.file, `internal error while reading quantities: ${(err as Error).message} (please report it with this file)`);
      continue;
    }
    for (const raw of quantities) {
      const parsed = Quantity.safeParse(raw);
      if (!parsed.success) {
        throw new InternalError(`internal error: a quantity from ${doc.file} does not match the Quantity schema (${parsed.error.issues[0]?.message}); please report this`);
      }
      const claim = claimFor(parsed.data, claims);
      found++;
      await sink.add({ file: doc.file, ...parsed.data, claim: claim ? `${claim.metric}/${claim.status}` : null });
    }
  }
  await sink.end();
  const code = reading.finish(found, 'quantity', 'quantities');
  if (code !== 0) throw new ReportedExit(code);
}
