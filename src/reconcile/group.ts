// Grouping: comparable claims share metric, status and scope, and for metrics where it matters
// (SUBJECT_METRICS) a compatible subject. Compatibility is not transitive ("soldiers" fits both
// "Lebanese soldiers" and "Syrian soldiers"), so a claim that leaves something unstated joins the
// only group it fits; when it fits several, it stays in a group of its own rather than guess.
import { SUBJECT_METRICS } from '../data/reconcile.js';
import type { Entry } from './entry.js';

export interface EntryGroup {
  metric: string;
  status: string;
  scope: string | null;
  /** The most specific subject text among the group's claims, or null (set once entries are sorted). */
  subject: string | null;
  entries: Entry[];
}

const SEP = '\u0000';

/** Key of the (metric, status, scope) every comparable claim shares. */
export function partitionKey(metric: string, status: string, scope: string | null): string {
  return `${metric}${SEP}${status}${SEP}${scope ?? ''}`;
}

/** The groups of one partition's entries (in input order), with its metric, status and scope. */
export function groupsOf(partition: { metric: string; status: string; scope: string | null }, entries: Entry[]): EntryGroup[] {
  const base = { metric: partition.metric, status: partition.status, scope: partition.scope };
  const parts = SUBJECT_METRICS.has(base.metric) ? splitBySubject(entries) : [entries];
  return parts.map((part) => ({ ...base, subject: null, entries: part }));
}

/** Appends in a loop: spreading a list of 100k+ entries into push() overflows the call stack. */
function append(to: Entry[], from: Entry[]): void {
  for (const e of from) to.push(e);
}

function push<K>(map: Map<K, Entry[]>, key: K, e: Entry): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

function splitBySubject(list: Entry[]): Entry[][] {
  // class -> side -> entries; side '' holds entries of that class with no side.
  const byClass = new Map<string, Map<string, Entry[]>>();
  const noClass = new Map<string, Entry[]>(); // side -> entries whose subject is generic or missing
  for (const e of list) {
    if (e.subject.cls === null) push(noClass, e.subject.side ?? '', e);
    else {
      let sides = byClass.get(e.subject.cls);
      if (!sides) byClass.set(e.subject.cls, (sides = new Map()));
      push(sides, e.subject.side ?? '', e);
    }
  }
  const out: Entry[][] = [];
  for (const sides of byClass.values()) {
    const unsided = sides.get('') ?? [];
    sides.delete('');
    const named = [...sides.values()];
    if (named.length === 1) append(named[0]!, unsided);
    else if (unsided.length) named.push(unsided);
    out.push(...named);
  }
  // Generic subjects with a side ("Hezbollah members") join the one group of that side if unique.
  const bySide = (side: string) => out.filter((g) => g[0]!.subject.side === side);
  const loose: Entry[] = noClass.get('') ?? [];
  noClass.delete('');
  for (const [side, members] of noClass) {
    const fits = bySide(side);
    if (fits.length === 1) append(fits[0]!, members);
    else out.push(members);
  }
  if (loose.length) {
    if (out.length === 1) append(out[0]!, loose);
    else out.push(loose);
  }
  return out;
}

/** The most specific subject among entries (first in their order on a tie). */
export function subjectLabel(entries: Entry[]): string | null {
  let best: Entry | null = null;
  let bestScore = -1;
  for (const e of entries) {
    if (!e.subjectText) continue;
    const score = (e.subject.cls ? 2 : 0) + (e.subject.side ? 1 : 0);
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best?.subjectText ?? null;
}
