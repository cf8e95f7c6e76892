// A table for people at a terminal: cli-table3 (loaded only here), one column cut to fit the width.
import { writeOut, type OutStream } from '../io.js';
import { tableStyle } from '../color.js';
import type { Column, Sink } from './types.js';

const MIN_SHRUNK_WIDTH = 24;
/** No rule between rows: a claims table is long, and a rule per row halves what fits on screen. */
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
/** Borders and padding cli-table3 adds per column ("│ " + " ") and at the end ("│"). */
const PER_COLUMN_CHROME = 3;

export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

function cell(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ');
}

export function tableSink<T>(out: OutStream, columns: Column<T>[], opts: { color: boolean; width: number; empty?: string }): Sink<T> {
  const rows: string[][] = [];
  return {
    async add(item) {
      rows.push(columns.map((c) => cell(c.value(item))));
    },
    async end() {
      if (rows.length === 0) {
        if (opts.empty) await writeOut(out, `${opts.empty}\n`);
        return;
      }
      const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => r[i]!.length)));
      const shrinkAt = columns.findIndex((c) => c.shrink);
      if (shrinkAt >= 0) {
        const others = widths.reduce((sum, w, i) => (i === shrinkAt ? sum : sum + w), 0);
        const room = Math.max(MIN_SHRUNK_WIDTH, opts.width - others - PER_COLUMN_CHROME * columns.length - 1);
        for (const row of rows) row[shrinkAt] = truncate(row[shrinkAt]!, room);
      }
      const { default: Table } = await import('cli-table3');
      const table = new Table({ head: columns.map((c) => c.header), style: tableStyle(opts.color), chars: COMPACT, wordWrap: false });
      table.push(...rows);
      await writeOut(out, `${table.toString()}\n`);
    },
  };
}
