// RFC 4180 CSV: quote a field when it holds a comma, quote or line break; double inner quotes.
import { writeOut, type OutStream } from '../io.js';
import type { Column, Sink } from './types.js';

export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvSink<T>(out: OutStream, columns: Column<T>[]): Sink<T> {
  let started = false;
  const header = async () => {
    if (!started) await writeOut(out, `${columns.map((c) => csvField(c.header)).join(',')}\r\n`);
    started = true;
  };
  return {
    async add(item) {
      await header();
      await writeOut(out, `${columns.map((c) => csvField(c.value(item))).join(',')}\r\n`);
    },
    end: header,
  };
}
