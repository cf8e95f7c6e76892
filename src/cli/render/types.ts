// A renderer receives items one at a time (so ndjson, tsv and csv stream with flat memory) and
// is closed at the end (a table needs every row to size its columns; a JSON array needs its "]").
export interface Column<T> {
  header: string;
  value(item: T): string | number | boolean | null | undefined;
  /** The one column cut to fit the terminal width (the quote). */
  shrink?: boolean;
}

export interface Sink<T> {
  add(item: T): Promise<void>;
  end(): Promise<void>;
}

export const FORMATS = ['table', 'tsv', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
