// The corpus stage: find inputs, read and decode them, parse their format, attach metadata
// (flags, then sources.json, then the format's own fields, then the text), trim boilerplate.
// One bad file never stops the others: its problem goes to the report and the run goes on.
import { closeSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { posix } from 'node:path';
import type { Document } from '../model.js';
import { sourceLine, trimBoilerplate } from './boilerplate.js';
import { normalisePublished } from './dates.js';
import { BINARY_SNIFF_BYTES, decodeBytes, normaliseNewlines } from './decode.js';
import { findInputs, type InputFile } from './find.js';
import type { FormatName } from './formats/table.js';
import type { Article, FormatReader } from './formats/types.js';
import { loadManifest, type LoadedManifest, type ManifestEntry } from './manifest.js';
import { detectTextMeta } from './text-meta.js';
import { readWhole } from './read-whole.js';

export { findInputs } from './find.js';
export { trimBoilerplate } from './boilerplate.js';
export { detectTextMeta } from './text-meta.js';
export { normalisePublished } from './dates.js';

export interface LoadProblem {
  /** File as shown to the user (with ":LINE" for one line of a JSON Lines file). */
  file: string;
  message: string;
  /** error: the run exits 2; skip: the input was left out (exit 2 under --strict); warning: read anyway. */
  severity: 'error' | 'skip' | 'warning';
  /** The message already names the input ("no such file or folder: foo/"): print it alone. */
  bare?: boolean;
}

export interface LoadOptions {
  cwd: string;
  /** Where "-" reads from. */
  stdin?: NodeJS.ReadableStream;
  /** --outlet / --published: metadata for a single document, above everything else. */
  override?: { outlet?: string; published?: string };
  /** Told about each problem as it happens, so messages appear in order with the output. */
  onProblem?: (problem: LoadProblem) => void;
  /** Told after each file, with the number of files found (counted only when this is given). */
  onProgress?: (done: number, total: number) => void;
  /** Trim page furniture after the article body (default true). */
  trimBoilerplate?: boolean;
}

export interface LoadReport {
  files: number;
  skipped: { file: string; reason: string }[];
  warnings: string[];
  /** Problems that make the run exit 2 (missing paths, malformed manifests, bad lines). */
  errors?: { file: string; message: string }[];
  /** Documents produced (a JSON Lines file gives one per line). */
  documents?: number;
}

/** --outlet / --published given for more than one document: a usage error (exit 2). */
export class SingleDocumentError extends Error {
  readonly exitCode = 2;
}

const hasOverride = (opts: LoadOptions) => opts.override?.outlet !== undefined || opts.override?.published !== undefined;
const SINGLE_ONLY = '--outlet and --published apply to a single document';

export function newReport(): LoadReport {
  return { files: 0, skipped: [], warnings: [], errors: [], documents: 0 };
}

function record(report: LoadReport, opts: LoadOptions, problem: LoadProblem): void {
  if (problem.severity === 'error') (report.errors ??= []).push({ file: problem.file, message: problem.message });
  else if (problem.severity === 'skip') report.skipped.push({ file: problem.file, reason: problem.message });
  else report.warnings.push(`${problem.file}: ${problem.message}`);
  opts.onProblem?.(problem);
}

const READER_MODULES: Record<FormatName, () => Promise<FormatReader>> = {
  text: async () => (await import('./formats/text.js')).readText,
  markdown: async () => (await import('./formats/markdown.js')).readMarkdown,
  html: async () => (await import('./formats/html.js')).readHtml,
  jsonl: async () => (await import('./formats/jsonl.js')).readJsonl,
};

/** Format readers, loaded before use so that reading a file is synchronous. */
export type Readers = Partial<Record<FormatName, FormatReader>>;

/** Loads the readers for `formats` into `readers` (each module once). */
export async function loadReaders(formats: Iterable<FormatName>, readers: Readers = {}): Promise<Readers> {
  for (const format of new Set(formats)) readers[format] ??= await READER_MODULES[format]();
  return readers;
}

/** Standard input has no name: guess its format from its first characters. */
function sniffFormat(text: string): FormatName {
  const head = text.trimStart();
  if (head.startsWith('---\n')) return 'markdown';
  if (/^<(!doctype|html|head|body|article|p|div)\b/i.test(head)) return 'html';
  if (head.startsWith('{')) {
    try {
      JSON.parse(head.split('\n', 1)[0]!);
      return 'jsonl';
    } catch {
      /* plain text that starts with a brace */
    }
  }
  return 'text';
}

/** The first bytes of a file: enough to tell text from binary. Synchronous, as whole files are read. */
function readHead(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(BINARY_SNIFF_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

type Field = 'outlet' | 'published';

/** The first value present, in order of precedence, and where it came from. */
function pick(candidates: [string | null | undefined, 'manifest' | 'text'][]): { value: string | null; origin: 'manifest' | 'text' | 'none' } {
  for (const [value, origin] of candidates) if (value != null && value !== '') return { value, origin };
  return { value: null, origin: 'none' };
}

function toDocument(file: string, article: Article, manifest: ManifestEntry | undefined, opts: FileOptions, warn: (m: string) => void): Document {
  const text = normaliseNewlines(article.text);
  // A "source:" line both names the outlet and ends the body: found once for both.
  const source = sourceLine(text);
  const fromText = detectTextMeta(text, source);
  let formatPublished: string | null = null;
  if (article.meta.published != null) {
    formatPublished = normalisePublished(article.meta.published);
    if (formatPublished === null) warn(`published ${JSON.stringify(article.meta.published)} is not a date; ignored`);
  }
  const choose = (field: Field, format: string | null | undefined, textValue: string | null) =>
    pick([[opts.override?.[field], 'manifest'], [manifest?.[field], 'manifest'], [format, 'manifest'], [textValue, 'text']]);
  const outlet = choose('outlet', article.meta.outlet, fromText.outlet);
  const published = choose('published', formatPublished, fromText.published);
  const body = opts.trimBoilerplate === false ? text : trimBoilerplate(text, source).text;
  return {
    file,
    text: body,
    title: article.title,
    source: { outlet: outlet.value, url: manifest?.url ?? article.meta.url ?? null, published: published.value },
    origin: { outlet: outlet.origin, published: published.origin },
  };
}

/** A file as the user sees it, with ":LINE" for one line of a JSON Lines file. */
const atLine = (display: string, line?: number): string => (line === undefined ? display : `${display}:${line}`);

/** What to do with one input file: everything a worker thread needs to read it on its own. */
export interface FileUnit {
  kind: 'file';
  input: InputFile;
  manifest?: ManifestEntry;
  /** What was read already (standard input, whose format is then sniffed into `input.format`). */
  bytes?: Uint8Array;
}

/**
 * A file to read, a document already read (a line of a JSON Lines file, streamed), or a problem
 * found on the way (a bad manifest or line): in input order, so that whoever consumes the units
 * reports problems in the order of the inputs, however far ahead the units were produced.
 */
export type ReadUnit = FileUnit | { kind: 'doc'; doc: Document } | { kind: 'problem'; problem: LoadProblem };

/** What reading one file found, apart from its documents: not yet recorded in any report. */
export interface FileOutcome {
  /** The file as shown to the user. */
  file: string;
  /** The file held text (it counts as read), even if no document came of it. */
  read: boolean;
  problems: LoadProblem[];
}

/** One file read: its documents and its problems. */
export interface FileLoad extends FileOutcome {
  docs: Document[];
}

/** Per-file options that survive a trip to a worker thread (no callbacks, no streams). */
export type FileOptions = Pick<LoadOptions, 'override' | 'trimBoilerplate'>;

/**
 * Reads, decodes and parses one file, synchronously: articles are small, and a read through the
 * thread pool costs ten times a direct one. `readers` must hold the file's format (loadReaders).
 */
export function loadFile(unit: FileUnit, readers: Readers, opts: FileOptions): FileLoad {
  const { input, manifest } = unit;
  let bytes = unit.bytes;
  const load: FileLoad = { file: input.display, read: false, docs: [], problems: [] };
  const problem = (message: string, severity: LoadProblem['severity'], line?: number) =>
    load.problems.push({ file: atLine(input.display, line), message, severity });
  try {
    // The bytes are turned into text below, before another file is read (readWhole's one buffer).
    bytes ??= readWhole(input.path);
  } catch (err) {
    load.problems.push(cannotRead(input.display, err));
    return load;
  }
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') {
    problem('binary file (NUL bytes), not an article', 'skip');
    return load;
  }
  load.read = true;
  if (decoded.encoding !== 'utf-8') problem('not valid UTF-8; read as Latin-1 (windows-1252)', 'warning');
  const format = input.format ?? sniffFormat(decoded.text);
  const reader = readers[format];
  if (!reader) throw new Error(`internal error: the ${format} reader was not loaded before reading ${input.display}`);
  const result = reader(decoded.text);
  for (const p of result.problems) problem(p.message, 'error', p.line);
  for (const article of result.articles) {
    const line = format === 'jsonl' ? article.line : undefined;
    load.docs.push(toDocument(atLine(input.display, line), { ...article, line }, manifest, opts, (m) => problem(m, 'warning', line)));
  }
  return load;
}

/**
 * The inputs as units, in order: files to read (with their sources.json entry and, for standard
 * input, their bytes), documents streamed from JSON Lines, and the problems found on the way
 * (bad manifests, bad lines). Problems with the inputs themselves (a missing path) come first,
 * recorded at once; the consumer records the rest, in order (see `admit`).
 */
export async function* readUnits(inputs: string[], opts: LoadOptions, report: LoadReport): AsyncGenerator<ReadUnit> {
  const found = await findInputs(inputs, opts.cwd);
  let files: AsyncIterable<InputFile> | Iterable<InputFile> = found.files;
  if (hasOverride(opts)) {
    // Metadata for one document: the list is known to be short, or the run stops here.
    const all: InputFile[] = [];
    for await (const file of found.files) all.push(file);
    if (all.length > 1) throw new SingleDocumentError(`${SINGLE_ONLY}, and ${all.length} files were given (name one file, or put the metadata in sources.json)`);
    files = all;
  }
  for (const p of found.problems) record(report, opts, { file: p.input, message: p.message, severity: p.severity, bare: p.severity === 'error' });
  // Progress needs the total: the folders are listed once more just to count (a list is never held).
  let total = 0;
  if (opts.onProgress) for await (const _ of (await findInputs(inputs, opts.cwd)).files) total++;

  const manifests = new Map<string, LoadedManifest>();
  let done = 0;
  for await (const input of files) {
    const manifest = input.path === '-' ? undefined : await manifestFor(input, manifests);
    if (manifest?.problems) for (const problem of manifest.problems) yield { kind: 'problem', problem };
    if (input.path === '-') yield await stdinUnit(input, opts);
    else if (input.format === 'jsonl') yield* jsonlUnits(input, manifest?.entry, opts, report);
    else yield manifest?.entry ? { kind: 'file', input, manifest: manifest.entry } : { kind: 'file', input };
    // After the consumer has taken this input's units: with workers, when it has sent them out.
    opts.onProgress?.(++done, total);
  }
}

/** The sources.json entry for a file; the first file of a folder also gets the manifest's problems. */
async function manifestFor(input: InputFile, manifests: Map<string, LoadedManifest>): Promise<{ entry?: ManifestEntry; problems?: LoadProblem[] }> {
  const folder = dirname(input.path);
  let loaded = manifests.get(folder);
  let problems: LoadProblem[] | undefined;
  if (!loaded) {
    loaded = await loadManifest(join(folder, 'sources.json'));
    manifests.set(folder, loaded);
    const shown = posix.join(posix.dirname(input.display), 'sources.json');
    problems = loaded.problems.map((message) => ({ file: shown, message, severity: 'error' as const }));
  }
  const entry = loaded.entries.get(input.path.slice(folder.length + 1));
  return { ...(entry ? { entry } : {}), ...(problems?.length ? { problems } : {}) };
}

const cannotRead = (file: string, err: unknown): LoadProblem => ({
  file,
  message: `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
  severity: 'skip',
});

/** Standard input, read whole here (a stream cannot go to a worker); its format is sniffed. */
async function stdinUnit(input: InputFile, opts: LoadOptions): Promise<ReadUnit> {
  let bytes: Uint8Array;
  try {
    bytes = await readAll(opts.stdin ?? process.stdin);
  } catch (err) {
    return { kind: 'problem', problem: cannotRead(input.display, err) };
  }
  const decoded = decodeBytes(bytes);
  return { kind: 'file', input: { ...input, format: decoded.kind === 'text' ? sniffFormat(decoded.text) : 'text' }, bytes };
}

/** A JSON Lines file, streamed a line at a time: only its head is read first, to check it is text. */
async function* jsonlUnits(input: InputFile, manifest: ManifestEntry | undefined, opts: LoadOptions, report: LoadReport): AsyncGenerator<ReadUnit> {
  const problem = (message: string, severity: LoadProblem['severity'], line?: number): ReadUnit =>
    ({ kind: 'problem', problem: { file: atLine(input.display, line), message, severity } });
  let head: Uint8Array;
  try {
    head = readHead(input.path);
  } catch (err) {
    yield { kind: 'problem', problem: cannotRead(input.display, err) };
    return;
  }
  if (decodeBytes(head).kind === 'binary') {
    yield problem('binary file (NUL bytes), not an article', 'skip');
    return;
  }
  report.files++;
  const { streamJsonl, isArticle } = await import('./formats/jsonl.js');
  for await (const item of streamJsonl(input.path)) {
    if (!isArticle(item)) {
      yield problem(item.message, 'error', item.line);
      continue;
    }
    countDocument(report, opts, input.display);
    const warnings: ReadUnit[] = [];
    const doc = toDocument(atLine(input.display, item.line), item, manifest, opts, (m) => warnings.push(problem(m, 'warning', item.line)));
    yield* warnings;
    yield { kind: 'doc', doc };
  }
}

/** One more document: --outlet / --published allow only one in all. */
function countDocument(report: LoadReport, opts: LoadOptions, where: string): void {
  report.documents = (report.documents ?? 0) + 1;
  if (report.documents > 1 && hasOverride(opts)) {
    throw new SingleDocumentError(`${SINGLE_ONLY}, and ${where} holds more than one (put the metadata in each line instead)`);
  }
}

/** Records a file's problems and counts (its `documents`) in the report, in input order. */
export function admit(outcome: FileOutcome, documents: number, report: LoadReport, opts: LoadOptions): void {
  if (outcome.read) report.files++;
  for (const p of outcome.problems) record(report, opts, p);
  for (let i = 0; i < documents; i++) countDocument(report, opts, outcome.file);
}

/** Every document of the inputs, read in this thread, in order. */
export async function* readDocuments(inputs: string[], opts: LoadOptions, report: LoadReport): AsyncGenerator<Document> {
  const readers: Readers = {};
  for await (const unit of readUnits(inputs, opts, report)) {
    if (unit.kind === 'problem') record(report, opts, unit.problem);
    else if (unit.kind === 'doc') yield unit.doc;
    else {
      if (unit.input.format) await loadReaders([unit.input.format], readers);
      const load = loadFile(unit, readers, opts);
      admit(load, load.docs.length, report, opts);
      yield* load.docs;
    }
  }
}
