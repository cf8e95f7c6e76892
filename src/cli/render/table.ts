// A table for people at a terminal: cli-table3 (loaded only here), one column cut to fit the width.
import { writeOut, type OutStream } from '../io.js';
import { Chalk } from 'chalk';
import type { Column, Sink } from './types.js';

/**
 * cli-table3 never colours: it would ask @colors/colors, which decides from the process's own
 * environment (CI, process.stdout) rather than from our one decision (color-choice.ts).
 */
const NO_STYLE = { head: [], border: [] };

/** No rule between rows: a claims table is long, and a rule per row halves what fits on screen. */
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
/** Borders and padding cli-table3 adds per column ("│ " + " ") and at the end ("│"). */
const PER_COLUMN_CHROME = 3;

export function truncate(text: string, width: number, keep: 'start' | 'end' = 'start'): string {
  if (text.length <= width) return text;
  return keep === 'start' ? `${text.slice(0, Math.max(0, width - 1))}…` : `…${text.slice(text.length - Math.max(0, width - 1))}`;
}

/** Column widths that fit `total` characters, cutting shrinkable columns in order. */
export function fitWidths<T>(columns: Column<T>[], natural: number[], total: number): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) + PER_COLUMN_CHROME * columns.length + 1 - total;
  const order = columns
    .map((c, i) => ({ i, shrink: c.shrink }))
    .filter((x): x is { i: number; shrink: NonNullable<Column<T>['shrink']> } => x.shrink !== undefined)
    .sort((a, b) => a.shrink.order - b.shrink.order);
  for (const { i, shrink } of order) {
    if (excess <= 0) break;
    const give = Math.max(0, Math.min(excess, widths[i]! - Math.max(shrink.min, columns[i]!.header.length)));
    widths[i]! -= give;
    excess -= give;
  }
  return widths;
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
      const natural = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => r[i]!.length)));
      const widths = fitWidths(columns, natural, opts.width);
      columns.forEach((c, i) => {
        if (widths[i]! < natural[i]!) for (const row of rows) row[i] = truncate(row[i]!, widths[i]!, c.shrink?.keep);
      });
      const { default: Table } = await import('cli-table3');
      const paint = new Chalk({ level: opts.color ? 1 : 0 });
      const table = new Table({ head: columns.map((c) => paint.cyan(c.header)), style: NO_STYLE, chars: COMPACT, wordWrap: false });
      table.push(...rows);
      await writeOut(out, `${table.toString()}\n`);
    },
  };
}
