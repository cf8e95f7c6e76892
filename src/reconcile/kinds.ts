// How a status moves over time, from STATUS_TIME.
import { DEFAULT_TIME_KIND, STATUS_TIME, type TimeKind } from '../data/reconcile.js';

export function timeKindOf(status: string): TimeKind {
  return STATUS_TIME[status]?.kind ?? DEFAULT_TIME_KIND;
}
