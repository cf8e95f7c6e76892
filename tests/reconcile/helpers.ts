// Builds claims for reconciler tests: only what a test is about needs saying.
import type { Claim } from '../../src/model.js';

export interface ClaimSpec {
  metric?: string;
  status?: string;
  value: number;
  low?: number;
  high?: number;
  qualifier?: Claim['qualifier'];
  incremental?: boolean;
  claimant?: string | null;
  scope?: string | null;
  subject?: string | null;
  asOf?: string | null;
  file?: string;
  outlet?: string | null;
  published?: string | null;
  offset?: number;
}

/** Hedge -> interval, the way the extractor is specified to set low/high. */
function bounds(value: number, qualifier: Claim['qualifier']): [number, number] {
  switch (qualifier) {
    case 'approx': return [value * 0.9, value * 1.1];
    case 'over': case 'at_least': return [value, value * 1.1];
    case 'nearly': return [value * 0.9, value];
    case 'under': case 'at_most': return [value * 0.9, value];
    default: return [value, value];
  }
}

let nextId = 1;

export function claim(spec: ClaimSpec): Claim {
  const qualifier = spec.qualifier ?? 'exact';
  const [low, high] = bounds(spec.value, qualifier);
  const offset = spec.offset ?? nextId * 10;
  return {
    id: `c${nextId++}`,
    metric: spec.metric ?? 'area',
    status: spec.status ?? 'captured',
    value: spec.value,
    low: spec.low ?? low,
    high: spec.high ?? high,
    unit: (spec.metric ?? 'area') === 'area' ? 'km2' : 'people',
    qualifier,
    incremental: spec.incremental ?? false,
    text: `${spec.value}`,
    sentence: `Someone said ${spec.value} of something.`,
    span: [offset, offset + String(spec.value).length],
    claimant: spec.claimant === undefined ? null : spec.claimant,
    scope: spec.scope ?? null,
    subject: spec.subject ?? null,
    asOf: spec.asOf === undefined ? null : spec.asOf,
    source: {
      file: spec.file ?? 'a.txt',
      outlet: spec.outlet === undefined ? 'Outlet A' : spec.outlet,
      url: null,
      published: spec.published === undefined ? '2020-01-10' : spec.published,
    },
    evidence: { rule: 'test', cue: 'test' },
    inferred: [],
  };
}
