// Turn the user's inputs (files, folders, quoted globs, "-") into a sorted list of files.
// Problems with one input are reported and the others still go ahead.
import { readdir, stat } from 'node:fs/promises';
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

/**
 * Every file under `folder`, with its path relative to the folder (forward slashes). Paths are
 * joined as strings: the folder is already resolved, and path.join/relative per file cost more
 * than listing the folder itself on a large archive.
 */
async function walk(folder: string, under = '', out: { full: string; rel: string }[] = []): Promise<{ full: string; rel: string }[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = folder.endsWith(sep) ? folder + entry.name : `${folder}${sep}${entry.name}`;
    const rel = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) await walk(full, rel, out);
    else if (entry.isFile() || entry.isSymbolicLink()) out.push({ full, rel });
  }
  return out;
}

/** Plain code-unit order: the same on every machine and locale. */
const byDisplay = (a: InputFile, b: InputFile) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0);

export async function findInputs(inputs: string[], cwd: string): Promise<{ files: InputFile[]; problems: FindProblem[] }> {
  const files: InputFile[] = [];
  const problems: FindProblem[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push({ path: '-', display: '<stdin>', format: null, explicit: true });
      continue;
    }
    const abs = resolve(cwd, input);
    const info = await stat(abs).catch(() => null);
    if (info?.isDirectory()) {
      const base = toDisplay(input);
      for (const { full, rel } of await walk(abs)) {
        const name = rel.slice(rel.lastIndexOf('/') + 1);
        const format = formatOf(name);
        if (!format || COLLECTION_FILES.test(name)) continue;
        files.push({ path: full, display: base === '.' ? rel : `${base.replace(/\/$/, '')}/${rel}`, format, explicit: false });
      }
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
      files.push({ path: abs, display: toDisplay(input), format, explicit: true });
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
        files.push({ path: resolve(cwd, m), display: toDisplay(m), format, explicit: false });
      }
    } else if (info) {
      problems.push({ input, severity: 'skip', message: 'not a regular file or folder' });
    } else {
      problems.push({ input, severity: 'error', message: `no such file or folder: ${input} (check the path)` });
    }
  }
  // One order for every run (file name, then offset within it); a file named twice is read once.
  files.sort(byDisplay);
  const seen = new Set<string>();
  const unique = files.filter((f) => {
    if (seen.has(f.path)) return false;
    seen.add(f.path);
    return true;
  });
  return { files: unique, problems };
}
