// The metric names a user may filter by, without loading zod: kept equal to METRICS in
// src/model.ts by a test (tests/cli/metrics.test.ts).
export const METRIC_NAMES: readonly string[] = ['area', 'casualties', 'captives', 'combatants', 'displaced'];
