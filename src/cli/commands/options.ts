// Options several commands share, declared once so they read the same everywhere.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { METRIC_NAMES } from './metric-names.js';
import { FORMATS, type Format } from '../render/types.js';
import { UsageError } from '../errors.js';

/** --metric area --metric casualties, or --metric area,casualties; each checked against the list. */
export function metricOption(): Option {
  return new Option('-m, --metric <metric>', 'only these metrics (repeat or comma-separate)')
    .choices(METRIC_NAMES)
    .argParser((value: string, previous: string[] | undefined) => {
      const names = value.split(',').map((s) => s.trim()).filter(Boolean);
      for (const name of names) {
        if (!METRIC_NAMES.includes(name)) {
          throw new InvalidArgumentError(`Unknown metric "${name}". Allowed choices are ${METRIC_NAMES.join(', ')}.`);
        }
      }
      return [...(previous ?? []), ...names];
    });
}

export function addFormatOptions(cmd: Command, formats: readonly Format[] = FORMATS): Command {
  cmd.addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, tsv in a pipe)').choices(formats));
  if (formats.includes('json')) cmd.option('--json', 'shorthand for --format json');
  if (formats.includes('ndjson')) cmd.option('--ndjson', 'shorthand for --format ndjson (streamed)');
  if (formats.includes('csv')) cmd.option('--csv', 'shorthand for --format csv');
  return cmd;
}

export interface FormatFlags {
  format?: Format;
  json?: boolean;
  ndjson?: boolean;
  csv?: boolean;
}

/** The one format asked for; two different ones is a usage error rather than a silent pick. */
export function chooseFormat(flags: FormatFlags, stdoutIsTTY: boolean): Format {
  const asked = new Set<Format>();
  if (flags.format) asked.add(flags.format);
  if (flags.json) asked.add('json');
  if (flags.ndjson) asked.add('ndjson');
  if (flags.csv) asked.add('csv');
  if (asked.size > 1) throw new UsageError(`choose one output format, not ${[...asked].join(' and ')}`);
  return [...asked][0] ?? (stdoutIsTTY ? 'table' : 'tsv');
}

export function addSourceOptions(cmd: Command): Command {
  return cmd
    .option('--outlet <name>', 'outlet of the (single) input document')
    .option('--published <date>', 'publication date of the (single) input document, YYYY-MM-DD');
}
