// A renderer receives items one at a time (so ndjson, tsv and csv stream with flat memory) and
// is closed at the end (a table needs every row to size its columns; a JSON array needs its "]").
export interface Column<T> {
  header: string;
  value(item: T): string | number | boolean | null | undefined;
  /**
   * How this column gives way when a table is wider than the terminal: columns are cut in
   * `order` (lowest first) down to `min` characters, keeping the start (quotes) or the end
   * (file paths, whose last part names the file).
   */
  shrink?: { order: number; min: number; keep: 'start' | 'end' };
}

export interface Sink<T> {
  add(item: T): Promise<void>;
  end(): Promise<void>;
}

export const FORMATS = ['table', 'tsv', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
