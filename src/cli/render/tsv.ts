// Tab-separated rows with a header: what a table becomes in a pipe (cut, sort, awk read it).
import { writeOut, type OutStream } from '../io.js';
import type { Column, Sink } from './types.js';

/** Tabs and line breaks inside a field would break the row: they become spaces. */
export function tsvField(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
}

export function tsvSink<T>(out: OutStream, columns: Column<T>[]): Sink<T> {
  let started = false;
  const header = async () => {
    if (!started) await writeOut(out, `${columns.map((c) => c.header).join('\t')}\n`);
    started = true;
  };
  return {
    async add(item) {
      await header();
      await writeOut(out, `${columns.map((c) => tsvField(c.value(item))).join('\t')}\n`);
    },
    end: header,
  };
}
