// Turn the user's inputs (files, folders, quoted globs, "-") into a sorted stream of files.
// Problems with one input are reported and the others still go ahead.
import { readdir, stat } from './fs-calls.js';
import { isAbsolute, posix, resolve, sep } from 'node:path';
import { COLLECTION_FILES, formatOf, METADATA_FILES, SUPPORTED_EXTENSIONS, type FormatName } from './formats/table.js';

export interface InputFile {
  /** Absolute path, or "-" for standard input. */
  path: string;
  /** The name the user sees and claims carry: relative to what they typed, forward slashes. */
  display: string;
  format: FormatName | null;
  /** Named by the user one by one (not found in a folder or by a glob). */
  explicit: boolean;
}

export interface FindProblem {
  input: string;
  message: string;
  /** 'error' stops nothing but makes the run exit 2; 'skip' only counts (exit 2 with --strict). */
  severity: 'error' | 'skip';
}

const GLOB_CHARS = /[*?[\]{}]|^!|\(.*\|.*\)/;

export function toDisplay(p: string): string {
  const s = sep === '/' ? p : p.split(sep).join('/');
  return posix.normalize(s);
}

/** Plain code-unit order: the same on every machine and locale. */
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDisplay = (a: InputFile, b: InputFile) => byKey(a.display, b.display);

/**
 * The files under `folder`, one directory in memory at a time, in the order of their paths
 * (relative to the folder, forward slashes): entries are sorted with a "/" after each folder's
 * name, so "a-b" comes before "a/x" exactly as it does when whole paths are sorted. Paths are
 * joined as strings: path.join/relative per file cost more than listing the folder.
 */
async function* walk(folder: string, under = ''): AsyncGenerator<{ full: string; rel: string }> {
  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .map((entry) => ({ entry, key: entry.isDirectory() ? `${entry.name}/` : entry.name }))
    .sort((a, b) => byKey(a.key, b.key));
  for (const { entry } of entries) {
    const full = folder.endsWith(sep) ? folder + entry.name : `${folder}${sep}${entry.name}`;
    const rel = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* walk(full, rel);
    else if (entry.isFile() || entry.isSymbolicLink()) yield { full, rel };
  }
}

/** The article files of a folder input, in display order. */
async function* folderFiles(abs: string, input: string): AsyncGenerator<InputFile> {
  const base = toDisplay(input).replace(/\/$/, '');
  for await (const { full, rel } of walk(abs)) {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    const format = formatOf(name);
    if (!format || COLLECTION_FILES.test(name)) continue;
    yield { path: full, display: base === '.' ? rel : `${base}/${rel}`, format, explicit: false };
  }
}

/** Sorted streams merged into one sorted stream (a binary heap on each stream's next file). */
async function* mergeSorted(sources: AsyncIterator<InputFile>[]): AsyncGenerator<InputFile> {
  const heap: { file: InputFile; source: AsyncIterator<InputFile> }[] = [];
  const less = (i: number, j: number) => byDisplay(heap[i]!.file, heap[j]!.file) < 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  const push = (file: InputFile, source: AsyncIterator<InputFile>) => {
    heap.push({ file, source });
    for (let i = heap.length - 1; i > 0 && less(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
  };
  const siftDown = () => {
    for (let i = 0; ; ) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let min = i;
      if (l < heap.length && less(l, min)) min = l;
      if (r < heap.length && less(r, min)) min = r;
      if (min === i) return;
      swap(i, min);
      i = min;
    }
  };
  for (const source of sources) {
    const next = await source.next();
    if (!next.done) push(next.value, source);
  }
  while (heap.length > 0) {
    const { file, source } = heap[0]!;
    yield file;
    const next = await source.next();
    if (next.done) {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
    } else heap[0] = { file: next.value, source };
    siftDown();
  }
}

async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

/** A folder inside (or equal to) another folder input adds nothing: it is read through the outer one. */
function outermost(folders: { abs: string; input: string }[]): { abs: string; input: string }[] {
  const inside = (a: string, b: string) => a === b || a.startsWith(b.endsWith(sep) ? b : b + sep);
  return folders.filter((f, i) => !folders.some((g, j) => j !== i && inside(f.abs, g.abs) && (f.abs !== g.abs || j < i)));
}

export interface FoundInputs {
  /** Every file, sorted by display name, each once; folders are listed as the files are taken. */
  files: AsyncGenerator<InputFile>;
  /** Problems with the inputs themselves (missing paths, unknown formats, empty globs). */
  problems: FindProblem[];
}

/**
 * Files named one by one and glob matches are known at once; folders are walked while their
 * files are read, so memory does not grow with the size of an archive.
 */
export async function findInputs(inputs: string[], cwd: string): Promise<FoundInputs> {
  const singles: InputFile[] = [];
  const folders: { abs: string; input: string }[] = [];
  const problems: FindProblem[] = [];
  for (const input of inputs) {
    if (input === '-') {
      singles.push({ path: '-', display: '<stdin>', format: null, explicit: true });
      continue;
    }
    const abs = resolve(cwd, input);
    const info = await stat(abs).catch(() => null);
    if (info?.isDirectory()) {
      folders.push({ abs, input });
    } else if (info?.isFile()) {
      const format = formatOf(abs);
      const name = abs.slice(abs.lastIndexOf(sep) + 1);
      if (METADATA_FILES.test(name)) {
        problems.push({ input, severity: 'skip', message: `${name} describes the collection, it is not an article (name the folder it is in)` });
        continue;
      }
      if (!format) {
        problems.push({
          input,
          severity: 'skip',
          message: `unknown format (expected ${SUPPORTED_EXTENSIONS.join(', ')})`,
        });
        continue;
      }
      singles.push({ path: abs, display: toDisplay(input), format, explicit: true });
    } else if (!info && GLOB_CHARS.test(input)) {
      const { default: glob } = await import('fast-glob');
      const pattern = isAbsolute(input) ? glob.convertPathToPattern(input) : input.split(sep).join('/');
      const matches = await glob(pattern, { cwd, onlyFiles: true, dot: false, followSymbolicLinks: true });
      const found = matches
        .map((m) => ({ m, format: formatOf(m), name: m.slice(m.lastIndexOf('/') + 1) }))
        .filter((x) => x.format && !COLLECTION_FILES.test(x.name));
      if (found.length === 0) {
        problems.push({
          input,
          severity: 'error',
          message: `no files match the pattern ${input} (check the pattern; files must end in ${SUPPORTED_EXTENSIONS.join(', ')})`,
        });
      }
      for (const { m, format } of found) {
        singles.push({ path: resolve(cwd, m), display: toDisplay(m), format, explicit: false });
      }
    } else if (info) {
      problems.push({ input, severity: 'skip', message: 'not a regular file or folder' });
    } else {
      problems.push({ input, severity: 'error', message: `no such file or folder: ${input} (check the path)` });
    }
  }
  // One order for every run (by display name); a file named twice is read once. Only files named
  // or matched can be named twice once nested folders are dropped, so only they are remembered.
  singles.sort(byDisplay);
  const named = new Set(singles.map((f) => f.path));
  const sources = [fromArray(singles), ...outermost(folders).map((f) => folderFiles(f.abs, f.input))];
  async function* unique(): AsyncGenerator<InputFile> {
    const taken = new Set<string>();
    for await (const file of mergeSorted(sources)) {
      if (named.has(file.path)) {
        if (taken.has(file.path)) continue;
        taken.add(file.path);
      }
      yield file;
    }
  }
  return { files: unique(), problems };
}
