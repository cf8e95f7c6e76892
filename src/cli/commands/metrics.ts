// claims metrics: each metric, its statuses and the cue words that make a number a claim of
// that status (METRIC_RULES, plus the config file's cues), so a user can see every rule.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { createContext, type CliContext } from '../context.js';
import { EXAMPLES } from '../help.js';
import { addFormatOptions, metricOption, chooseFormat, type FormatFlags } from './options.js';
import { createSink, type Column } from '../render/index.js';

export interface MetricRow {
  metric: string;
  status: string;
  rule: string;
  cues: string[];
  reason: string;
  source: 'built-in' | 'config';
}

const COLUMNS: Column<MetricRow>[] = [
  { header: 'metric', value: (r) => r.metric },
  { header: 'status', value: (r) => r.status },
  { header: 'rule', value: (r) => r.rule },
  { header: 'cues', value: (r) => r.cues.join(', '), shrink: { order: 2, min: 20, keep: 'start' } },
  { header: 'reason', value: (r) => r.reason, shrink: { order: 1, min: 20, keep: 'start' } },
];

export async function metricRows(configCues: { metric: string; status: string; cue: string; reason?: string }[]): Promise<MetricRow[]> {
  const [{ METRIC_RULES }, { STATUSES }] = await Promise.all([import('../../data/metrics.js'), import('../../model.js')]);
  const rows: MetricRow[] = [];
  const statuses = Object.entries(STATUSES) as [string, readonly string[]][];
  const extraMetrics = [...new Set([...METRIC_RULES, ...configCues].map((r) => r.metric))].filter((m) => !(m in STATUSES));
  for (const [metric, list] of [...statuses, ...extraMetrics.map((m) => [m, [] as string[]] as const)]) {
    const extraStatuses = [...new Set([...METRIC_RULES, ...configCues].filter((r) => r.metric === metric).map((r) => r.status))];
    for (const status of [...new Set([...list, ...extraStatuses])]) {
      const builtIn = METRIC_RULES.filter((r) => r.metric === metric && r.status === status);
      for (const r of builtIn) rows.push({ metric, status, rule: r.id, cues: r.cues, reason: r.reason, source: 'built-in' });
      configCues.forEach((c, i) => {
        if (c.metric === metric && c.status === status) {
          rows.push({ metric, status, rule: `config.cue.${i + 1}`, cues: [c.cue], reason: c.reason ?? 'from claims.config.json', source: 'config' });
        }
      });
      if (!rows.some((r) => r.metric === metric && r.status === status)) {
        rows.push({ metric, status, rule: '', cues: [], reason: 'no cue rules yet', source: 'built-in' });
      }
    }
  }
  return rows;
}

export function registerMetrics(program: Command, io: Io, context: CliContext = createContext(io)): void {
  const cmd = program
    .command('metrics')
    .description('List each metric, its statuses and the cue words behind them')
    .addOption(metricOption())
    .addHelpText('before', EXAMPLES.metrics);
  addFormatOptions(cmd);
  cmd.action(async (opts: FormatFlags & { metric?: string[] }, self: Command) => {
    const { config } = await context.loadConfig(self, []);
    const only = opts.metric && opts.metric.length > 0 ? new Set(opts.metric) : null;
    const sink = await createSink<MetricRow>(chooseFormat(opts, io.stdout.isTTY === true), io.stdout, {
      columns: COLUMNS,
      color: context.color(self, io.stdout),
      width: io.stdout.columns || 120,
    });
    for (const row of await metricRows(config.cues ?? [])) if (!only || only.has(row.metric)) await sink.add(row);
    await sink.end();
  });
}
