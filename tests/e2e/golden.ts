// The fields of a claim the golden file pins: what a reader checks by eye.
import type { Claim } from '../../src/model.js';

export const goldenRow = (c: Claim) =>
  [
    c.source.file.split('/').pop(),
    `${c.metric}/${c.status}`,
    c.value,
    c.qualifier,
    c.incremental ? 'incremental' : '',
    `claimant=${c.claimant ?? '-'}`,
    `asOf=${c.asOf ?? '-'}`,
    `scope=${c.scope ?? '-'}`,
    `subject=${c.subject ?? '-'}`,
    JSON.stringify(c.text),
  ].join(' | ');
