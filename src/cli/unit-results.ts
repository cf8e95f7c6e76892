// What an extraction worker sends back for each unit, made small: most files of a corpus are read
// as one document with no problem and no claim, and the main thread can rebuild such a result from
// the unit it sent. The worker sends null for it (isPlain), the main thread rebuilds it (plainResult).
import type { ReadUnit } from '../corpus/index.js';
import type { UnitResult } from './extract-worker.js';

/** The file a unit stands for, as shown to the user. */
export const unitFile = (unit: ReadUnit): string =>
  unit.kind === 'doc' ? unit.doc.file : unit.kind === 'file' ? unit.input.display : unit.problem.file;

/** True when plainResult(unit) would give back `result` exactly: it may then be sent as null. */
export function isPlain(unit: ReadUnit, result: UnitResult): boolean {
  if (unit.kind === 'problem' || result.docs.length !== 1) return false;
  const file = unitFile(unit);
  const [doc] = result.docs;
  if (doc!.file !== file || doc!.claims.length > 0) return false;
  if (unit.kind === 'doc') return result.outcome === null;
  const outcome = result.outcome;
  return outcome !== null && outcome.read && outcome.problems.length === 0 && outcome.file === file;
}

/** The result a worker sent as null: the unit read as one document, with no problem and no claim. */
export function plainResult(unit: ReadUnit): UnitResult {
  const file = unitFile(unit);
  return { outcome: unit.kind === 'doc' ? null : { file, read: true, problems: [] }, docs: [{ file, claims: [] }] };
}
