// Which reader handles which file name: a table, so adding a format is one line here and one
// module under formats/. Readers are imported only when a file of their kind turns up.

export type FormatName = 'text' | 'markdown' | 'html' | 'jsonl';

export const FORMAT_BY_EXTENSION: Record<string, FormatName> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

/** Files that describe a collection rather than hold an article: never read when walking a folder. */
export const COLLECTION_FILES = /^(sources\.json|claims\.config\.json|(readme|license|licence|copying|changelog|notice)(\.[a-z0-9]+)?)$/i;

/** Files that hold metadata for others: skipped with a reason even when named one by one. */
export const METADATA_FILES = /^(sources\.json|claims\.config\.json)$/i;

export function formatOf(path: string): FormatName | null {
  const dot = path.lastIndexOf('.');
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (dot <= slash + 1) return null;
  return FORMAT_BY_EXTENSION[path.slice(dot).toLowerCase()] ?? null;
}
