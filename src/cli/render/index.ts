// Pick the renderer for a format; only the chosen one is loaded.
import type { OutStream } from '../io.js';
import type { Column, Format, Sink } from './types.js';

export type { Column, Format, Sink } from './types.js';
export { FORMATS } from './types.js';

export interface SinkOptions<T> {
  columns: Column<T>[];
  /** Columns for CSV, which carries every field (defaults to `columns`). */
  csvColumns?: Column<T>[];
  toJson?: (item: T) => unknown;
  color: boolean;
  width: number;
  /** Printed (table only) when there are no rows, so a person sees that the run worked. */
  empty?: string;
}

export async function createSink<T>(format: Format, out: OutStream, opts: SinkOptions<T>): Promise<Sink<T>> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).jsonSink(out, opts.toJson);
    case 'ndjson':
      return (await import('./ndjson.js')).ndjsonSink(out, opts.toJson);
    case 'csv':
      return (await import('./csv.js')).csvSink(out, opts.csvColumns ?? opts.columns);
    case 'tsv':
      return (await import('./tsv.js')).tsvSink(out, opts.columns);
    case 'table':
      return (await import('./table.js')).tableSink(out, opts.columns, opts);
  }
}
